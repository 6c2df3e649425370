package org.trapscope.store;

import java.util.Locale;

/**
 * What one log line (or one expanded repeat of it) means. The names are the words users type
 * after {@code --kind} and see in tables.
 *
 * <p>The two integer slots of an event ({@code a}, {@code b} in {@link EventStore}) mean
 * different things per kind; {@link EventStore} has named accessors for them.
 */
public enum EventKind {
    /** spamd: {@code IP: connected (N/M)[, lists: tags]}. a = lists, b = N << 16 | M. */
    CONNECT("connect"),
    /** spamd: {@code IP: disconnected after N seconds.[ lists: tags]}. a = lists, b = seconds. */
    DISCONNECT("disconnect"),
    /** spamd -v: {@code (GREY) IP: <from> -> <to>}. a = sender, b = recipient. */
    GREY("grey"),
    /** spamd -v: {@code (BLACK) IP: <from> -> <to>}. a = sender, b = recipient. */
    BLACK("black"),
    /** spamd -v header line {@code IP: From: ...}. a = text. */
    HEADER_FROM("from"),
    /** spamd -v header line {@code IP: To: ...}. a = text. */
    HEADER_TO("to"),
    /** spamd -v header line {@code IP: Subject: ...}. a = text. */
    SUBJECT("subject"),
    /** spamd -v debug line {@code IP: Body: ...}. a = text. */
    BODY("body"),
    /** spamd greylister: {@code Trapping IP for tuple ...}, {@code new TRAP from ...}. */
    TRAPPING("trapping"),
    /** spamd greylister bookkeeping: new entry, whitelisting, queueing, blacklisted. */
    GREYLIST("greylist"),
    /** Any other OpenBSD spamd line (start-up, errors). */
    SPAMD_OTHER("spamd"),
    /** A failed login with a known or unknown user name. a = user, b = port (0 unknown). */
    AUTH_FAILURE("auth-failure"),
    /** A login attempt for a user name the daemon does not know. a = user, b = port. */
    INVALID_USER("invalid-user"),
    /** A successful login. a = user, b = port. */
    AUTH_SUCCESS("auth-success"),
    /** A connection to a login service without an outcome (connect from, Session from). */
    AUTH_SESSION("auth-session"),
    /** A syslog line whose message no grammar knows. */
    SYSLOG("syslog"),
    /** A line that is not a syslog line at all (no time stamp could be read). */
    UNPARSED("unparsed");

    private static final EventKind[] VALUES = values();

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** The name users type and see, e.g. {@code auth-failure}. */
    public String label() {
        return label;
    }

    public static EventKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public static int count() {
        return VALUES.length;
    }

    /** Looks a kind up by its label or enum name, ignoring case. */
    public static EventKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (EventKind k : VALUES) {
            if (k.label.equals(t) || k.name().toLowerCase(Locale.ROOT).equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind '" + text + "'; known kinds: " + labels());
    }

    public static String labels() {
        StringBuilder sb = new StringBuilder();
        for (EventKind k : VALUES) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(k.label);
        }
        return sb.toString();
    }

    /** Kinds whose {@code a} slot is a message text (header, subject, body). */
    public boolean carriesText() {
        return this == HEADER_FROM || this == HEADER_TO || this == SUBJECT || this == BODY;
    }

    /** Kinds whose {@code a} slot is a user name. */
    public boolean carriesUser() {
        return this == AUTH_FAILURE || this == INVALID_USER || this == AUTH_SUCCESS;
    }

    /** Kinds whose slots are an envelope sender and recipient. */
    public boolean isEnvelope() {
        return this == GREY || this == BLACK;
    }

    /** Kinds that come from OpenBSD spamd's SMTP side and belong to a session. */
    public boolean isSpamdSession() {
        return this.ordinal() <= BODY.ordinal();
    }

    /** A failed login attempt, the unit the POP3 and SSH reports count. */
    public boolean isLoginAttempt() {
        return this == AUTH_FAILURE || this == INVALID_USER;
    }
}
