package org.trapscope.grammar;

import org.trapscope.store.EventKind;

/**
 * The fields a message grammar found in one syslog message. One instance is reused for many
 * lines, so a grammar calls {@link #clear()} (or sets every field) before filling it.
 */
public final class ParsedMessage {
    /** What the message means. */
    public EventKind kind;
    /** The remote address, normalised (no brackets, {@code ::ffff:} mapping removed), or null. */
    public String ip;
    /** The user name tried, exactly as logged (no case folding), or null. */
    public String user;
    /** The remote port, or 0 when the line has none. */
    public int port;

    public void clear() {
        kind = null;
        ip = null;
        user = null;
        port = 0;
    }

    @Override
    public String toString() {
        return kind + " ip=" + ip + " user=" + user + " port=" + port;
    }
}
