package org.trapscope.grammar;

import org.trapscope.store.EventKind;

/**
 * What {@link SpamdGrammar} found in one OpenBSD spamd message, as slices of the caller's
 * buffer so that the hot loop allocates nothing. A slice start of -1 means "absent".
 */
public final class SpamdFields {
    public EventKind kind;
    /** The client address text. */
    public int ipStart;
    public int ipEnd;
    /** The address as a 32-bit value when it is a dotted quad read along the way, else -1. */
    public long ipv4;
    /** Text (header value, body line), envelope sender, or blocklist tags, by kind. */
    public int aStart;
    public int aEnd;
    /** Envelope recipient. */
    public int bStart;
    public int bEnd;
    /** Connection counts (N << 16 | M) for connect, seconds for disconnect. */
    public int number;

    void reset(EventKind k) {
        kind = k;
        // ipv4 is set by the address scan, which runs before the kind is known, so it survives reset
        ipStart = ipEnd = aStart = aEnd = bStart = bEnd = -1;
        number = 0;
    }
}
