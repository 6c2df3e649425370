package org.trapscope.syslog;

/** How much a line's time stamp says about the instant it stands for. */
public enum TimeKind {
    /** A full instant: ISO with {@code Z} or an offset, RFC 5424, TAI64N. */
    ABSOLUTE,
    /** Local wall-clock time with a year but no zone (Dovecot's own log file). */
    LOCAL,
    /** Local wall-clock time without a year (BSD / RFC 3164 stamps). */
    YEARLESS,
    /** No time stamp at all. */
    NONE
}
