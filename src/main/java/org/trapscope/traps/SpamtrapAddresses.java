package org.trapscope.traps;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling of a spamtrap address used for comparisons. spamd compares trap addresses in
 * lower case ({@code spamdb -T -a} lowercases them) and older databases and hand-kept lists may
 * wrap them in angle brackets, so both are normalised away.
 */
final class SpamtrapAddresses {

    private static final Pattern ADDRESS =
            Pattern.compile("[\\p{L}\\p{N}.!#$%&'*+/=?^_`{}~-]+@[\\p{L}\\p{N}.-]+");

    private SpamtrapAddresses() {
    }

    /** The normalised address, or null when {@code text} is not one e-mail address. */
    static String normalise(String text) {
        String address = text.strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1).strip();
        }
        address = address.toLowerCase(Locale.ROOT);
        return ADDRESS.matcher(address).matches() ? address : null;
    }
}
