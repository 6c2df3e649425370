package org.trapscope.analysis;

/** One key of a multi-column sort: a column index and its direction. */
public record SortKey(int column, boolean descending) {
}
