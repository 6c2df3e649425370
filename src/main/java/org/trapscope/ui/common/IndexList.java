package org.trapscope.ui.common;

import javafx.collections.ObservableListBase;

/**
 * A read-only observable list over an {@code int[]}: a table's rows as indices into columnar data,
 * so ten million rows cost one array, not ten million objects. {@link #replace} swaps the whole
 * array in one change event.
 */
public final class IndexList extends ObservableListBase<Integer> {
    private int[] indices = new int[0];

    @Override
    public Integer get(int position) {
        return indices[position];
    }

    /** The index at {@code position} without boxing. */
    public int at(int position) {
        return indices[position];
    }

    @Override
    public int size() {
        return indices.length;
    }

    /** The current array; callers must not change it. */
    public int[] indices() {
        return indices;
    }

    /** Replaces all rows; the array is taken over and must not be changed afterwards. */
    public void replace(int[] next) {
        int[] previous = indices;
        indices = next;
        beginChange();
        if (previous.length > 0) {
            nextRemove(0, new Snapshot(previous));
        }
        if (next.length > 0) {
            nextAdd(0, next.length);
        }
        endChange();
    }

    /** The removed rows of a change, read lazily instead of copied into boxed lists. */
    private static final class Snapshot extends java.util.AbstractList<Integer> {
        private final int[] values;

        Snapshot(int[] values) {
            this.values = values;
        }

        @Override
        public Integer get(int index) {
            return values[index];
        }

        @Override
        public int size() {
            return values.length;
        }
    }
}
