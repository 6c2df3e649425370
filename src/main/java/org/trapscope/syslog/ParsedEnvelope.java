package org.trapscope.syslog;

/**
 * The syslog envelope of one line: time stamp, host, tag and message. Reused across lines;
 * {@link #clear()} resets it.
 */
public final class ParsedEnvelope {
    public TimeKind timeKind = TimeKind.NONE;
    /** Valid when {@link #timeKind} is ABSOLUTE. */
    public long epochMillis;
    /** Valid when LOCAL. */
    public int year;
    /** Valid when LOCAL or YEARLESS: 1-12. */
    public int month;
    public int day;
    public int hour;
    public int minute;
    public int second;
    public int millis;
    /** The host field, or null when the shape has none (Dovecot's own log, TAI64N). */
    public String host;
    /** The tag without PID ({@code sshd}, {@code postfix/smtpd}); empty when the line has none. */
    public String program = "";
    /** The PID, or -1. */
    public int pid = -1;
    /** The message after the tag. */
    public String message = "";
    /**
     * N for {@code last message repeated N times} (BSD) and {@code message repeated N times: [ ... ]}
     * (rsyslog), else 0. For the rsyslog shape {@link #message} holds the repeated text.
     */
    public int repeatCount;

    public void clear() {
        timeKind = TimeKind.NONE;
        epochMillis = 0;
        year = month = day = hour = minute = second = millis = 0;
        host = null;
        program = "";
        pid = -1;
        message = "";
        repeatCount = 0;
    }
}
