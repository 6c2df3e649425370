package org.trapscope.analysis;

/**
 * One column of a report.
 *
 * @param name the exact header name used in CSV files and on the command line ({@code first_seen})
 * @param type what the column holds
 */
public record Column(String name, ColumnType type) {
}
