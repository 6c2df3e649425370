package org.trapscope.analysis;

import java.util.Locale;

/**
 * The one spelling of a recipient used for grouping: {@code <Lilei@BSDLY.net>},
 * {@code lilei@bsdly.net} and {@code "Li Lei" <lilei@bsdly.net>} are the same target.
 */
public final class TargetAddresses {
    private TargetAddresses() {
    }

    public static String normalise(String text) {
        String t = text.strip();
        int open = t.lastIndexOf('<');
        int close = t.lastIndexOf('>');
        if (open >= 0 && close > open) {
            t = t.substring(open + 1, close).strip();
        }
        return t.toLowerCase(Locale.ROOT);
    }
}
