package org.trapscope.analysis;

import org.trapscope.store.EventKind;

/**
 * Where each kind of event keeps the text a phrase is looked for in: the envelope's sender and
 * recipient, a header's or body's text, a login's user name, a connection's blocklist tags, or
 * only the raw line. Phrase filters and the text postings read the same table, so they agree.
 */
final class TextSlots {
    static final byte NO_TEXT = 0;
    static final byte SLOT_A = 1;
    static final byte SLOTS_A_B = 2;
    static final byte RAW_TEXT = 3;

    private static final byte[] OF_KIND = table();

    private TextSlots() {
    }

    /** One of the constants above for a kind ordinal. */
    static byte of(int kind) {
        return OF_KIND[kind];
    }

    /** Kinds whose text the store does not keep, so a phrase is looked for in the raw line. */
    static boolean hasRawText(int kind) {
        return kind == EventKind.SYSLOG.ordinal() || kind == EventKind.TRAPPING.ordinal()
                || kind == EventKind.GREYLIST.ordinal() || kind == EventKind.SPAMD_OTHER.ordinal()
                || kind == EventKind.UNPARSED.ordinal();
    }

    private static byte[] table() {
        byte[] table = new byte[EventKind.count()];
        for (EventKind kind : EventKind.values()) {
            int k = kind.ordinal();
            if (hasRawText(k)) {
                table[k] = RAW_TEXT;
            } else if (kind.isEnvelope()) {
                table[k] = SLOTS_A_B;
            } else if (kind.carriesText() || kind.carriesUser() || kind == EventKind.CONNECT
                    || kind == EventKind.DISCONNECT) {
                table[k] = SLOT_A;
            } else {
                table[k] = NO_TEXT;
            }
        }
        return table;
    }
}
