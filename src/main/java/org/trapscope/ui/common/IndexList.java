package org.trapscope.ui.common;

import java.util.Arrays;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * A table's rows as an unchanging observable list over an {@code int[]}: indices into columnar
 * data, so ten million rows cost one array, not ten million objects. A new order is a new list
 * handed to the table whole; a change event listing millions of removed rows would box them all.
 * For the same reason two lists are equal only when they are the same list: a property holding
 * rows (the view model's, the table's items) compares old and new value with {@code equals} on
 * every change, and a list's element-wise comparison boxes up to millions of rows on the FX
 * thread, and would hide a new order whose rows happen to be the same as the old.
 */
public final class IndexList extends ObservableListBase<Integer> {
    private final int[] indices;
    private final int from;
    private final int size;

    /** Takes the array over; it must not be changed afterwards. */
    public IndexList(int[] indices) {
        this(indices, 0, indices.length);
    }

    private IndexList(int[] indices, int from, int size) {
        this.indices = indices;
        this.from = from;
        this.size = size;
    }

    /** Positions {@code [start, end)} of this list as a list of their own over the same array. */
    public IndexList slice(int start, int end) {
        Objects.checkFromToIndex(start, end, size);
        return new IndexList(indices, from + start, end - start);
    }

    @Override
    @SuppressWarnings("removal")
    public Integer get(int position) {
        // A report table's row redraws when its item is another object (ReportTableView), and
        // autoboxing hands out one shared Integer for each of 0 to 127: a new report's first
        // rows would keep the old report's texts.
        return new Integer(at(position));
    }

    /** The index at {@code position} without boxing. */
    public int at(int position) {
        Objects.checkIndex(position, size);
        return indices[from + position];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The indices in order: the array itself for a whole list (callers must not change it), a copy for a slice. */
    public int[] indices() {
        return from == 0 && size == indices.length ? indices : Arrays.copyOfRange(indices, from, from + size);
    }
}
