package org.trapscope.store;

/**
 * spamd's SMTP sessions: the events of one client address between {@code connected} and
 * {@code disconnected}. spamd has no session id, so the loader groups by log host and address;
 * events seen without a preceding {@code connected} (a log that starts mid-session) open an
 * implicit session. Columnar like the event store.
 */
public final class Sessions {
    /** The connect event carried a blocklist tag, or the session had a (BLACK) envelope. */
    public static final int BLACKLISTED = 1;
    /** A {@code disconnected} line closed the session. */
    public static final int CLOSED = 2;
    /** No {@code connected} line was seen for this session. */
    public static final int IMPLICIT = 4;

    private final int size;
    private final int[] ip;
    private final int[] firstEvent;
    private final int[] lastEvent;
    private final byte[] flags;
    private final int[] subject;
    private final int[] lists;
    private final int[] seconds;

    Sessions(int size, int[] ip, int[] firstEvent, int[] lastEvent, byte[] flags, int[] subject, int[] lists,
             int[] seconds) {
        this.size = size;
        this.ip = ip;
        this.firstEvent = firstEvent;
        this.lastEvent = lastEvent;
        this.flags = flags;
        this.subject = subject;
        this.lists = lists;
        this.seconds = seconds;
    }

    public int size() {
        return size;
    }

    public int ip(int session) {
        return ip[session];
    }

    /** Index of the session's first event in the store. */
    public int firstEvent(int session) {
        return firstEvent[session];
    }

    /** Index of the session's last event in the store. */
    public int lastEvent(int session) {
        return lastEvent[session];
    }

    public boolean isBlacklisted(int session) {
        return (flags[session] & BLACKLISTED) != 0;
    }

    public boolean isClosed(int session) {
        return (flags[session] & CLOSED) != 0;
    }

    public boolean isImplicit(int session) {
        return (flags[session] & IMPLICIT) != 0;
    }

    /** String id of the first Subject: header of the session, or -1. */
    public int subject(int session) {
        return subject[session];
    }

    /** String id of the blocklist tags of the connect line, or -1. */
    public int lists(int session) {
        return lists[session];
    }

    /** Seconds from the disconnect line, or -1 when the session was not closed. */
    public int seconds(int session) {
        return seconds[session];
    }
}
