package org.trapscope.analysis;

/** What a report column holds; decides how it sorts, aligns and is written to CSV and xlsx. */
public enum ColumnType {
    /** Free text compared case-insensitively (user names, addresses, subjects). */
    TEXT,
    /** A count or other whole number. */
    INTEGER,
    /** An instant, shown as {@code yyyy-MM-dd HH:mm:ss} in the source zone. */
    TIME,
    /** An IP address, sorted numerically (IPv4 before IPv6). */
    IP,
    /** Yes/no, such as "in spamtraps". */
    BOOLEAN
}
