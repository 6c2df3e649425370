package org.trapscope.ui.common;

import javafx.collections.ObservableListBase;

/**
 * A table's rows as an unchanging observable list over an {@code int[]}: indices into columnar
 * data, so ten million rows cost one array, not ten million objects. A new order is a new list
 * handed to the table whole; a change event listing millions of removed rows would box them all.
 */
public final class IndexList extends ObservableListBase<Integer> {
    private final int[] indices;

    /** Takes the array over; it must not be changed afterwards. */
    public IndexList(int[] indices) {
        this.indices = indices;
    }

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

    /** The array itself; callers must not change it. */
    public int[] indices() {
        return indices;
    }
}
