package org.trapscope.analysis;

import java.util.List;
import java.util.stream.IntStream;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * "Events that name exactly this value", for the values a user picks from a table cell: a user
 * name, an envelope address, a target, a subject. Resolved once per distinct string of the store,
 * so that testing an event is a couple of array reads. Case is ignored, and address fields
 * (envelope sender and recipient, {@code From:} and {@code To:} headers) also match by their bare
 * address: the Targets report shows {@code lilei@bsdly.net} for {@code <LiLei@bsdly.net>}, and a
 * value taken from it must find the events the report counted.
 */
final class ExactValues {
    private final EventStore store;
    /** Per string id: equals a value, ignoring case. */
    private final boolean[] exact;
    /** Per string id: equals a value, or its bare address equals a value's bare address. */
    private final boolean[] address;

    private ExactValues(EventStore store, boolean[] exact, boolean[] address) {
        this.store = store;
        this.exact = exact;
        this.address = address;
    }

    /** The values resolved against the store's strings, or null for no values (no condition). */
    static ExactValues resolve(EventStore store, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        String[] wanted = values.toArray(new String[0]);
        String[] wantedAddresses = values.stream().map(TargetAddresses::normalise).toArray(String[]::new);
        int n = store.stringCount();
        boolean[] exact = new boolean[n];
        boolean[] address = new boolean[n];
        IntStream.range(0, n).parallel().forEach(s -> {
            String text = store.string(s);
            for (int v = 0; v < wanted.length; v++) {
                exact[s] |= text.equalsIgnoreCase(wanted[v]);
                address[s] |= exact[s] || sameAddress(text, wantedAddresses[v]);
            }
        });
        return new ExactValues(store, exact, address);
    }

    /** Whether event {@code e}, of kind ordinal {@code kind}, names one of the values. */
    boolean namedBy(int e, int kind) {
        EventKind k = EventKind.ofOrdinal(kind);
        if (k.isEnvelope()) {
            return in(address, store.sender(e)) || in(address, store.recipient(e));
        }
        if (k == EventKind.HEADER_FROM || k == EventKind.HEADER_TO) {
            return in(address, store.text(e));
        }
        if (k.carriesText()) {
            return in(exact, store.text(e));
        }
        return k.carriesUser() && in(exact, store.user(e));
    }

    private static boolean in(boolean[] table, int string) {
        return string >= 0 && table[string];
    }

    /**
     * {@link TargetAddresses#normalise}{@code (text).equals(bare)} without building the normalised
     * string, since this runs once per distinct string of the store.
     */
    static boolean sameAddress(String text, String bare) {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int open = text.lastIndexOf('<', to - 1);
        int close = text.lastIndexOf('>', to - 1);
        if (open >= from && close > open) {
            from = open + 1;
            to = close;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
        }
        return to - from == bare.length() && text.regionMatches(true, from, bare, 0, bare.length());
    }
}
