package org.trapscope.ui.common;

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

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The array itself; callers must not change it. */
    public int[] indices() {
        return indices;
    }
}
