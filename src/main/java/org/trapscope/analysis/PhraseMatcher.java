package org.trapscope.analysis;

import java.util.List;

/**
 * Case-insensitive "contains any of these phrases", the {@code grep -i} of the analyst's
 * pipelines. Used once per distinct string of the store rather than once per event, so it is
 * kept simple: a scan for the first character and a case-ignoring region compare.
 */
final class PhraseMatcher {
    private final String[] phrases;
    private final char[] firstLower;
    private final char[] firstUpper;

    PhraseMatcher(List<String> phrases) {
        this.phrases = phrases.toArray(new String[0]);
        firstLower = new char[this.phrases.length];
        firstUpper = new char[this.phrases.length];
        for (int i = 0; i < this.phrases.length; i++) {
            char c = this.phrases[i].charAt(0);
            firstLower[i] = Character.toLowerCase(c);
            firstUpper[i] = Character.toUpperCase(c);
        }
    }

    boolean matches(CharSequence text) {
        for (int p = 0; p < phrases.length; p++) {
            if (contains(text, phrases[p], firstLower[p], firstUpper[p])) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(CharSequence text, String phrase, char lower, char upper) {
        int last = text.length() - phrase.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper || Character.toLowerCase(c) == lower) && regionMatches(text, i, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionMatches(CharSequence text, int offset, String phrase) {
        if (text instanceof String s) {
            return s.regionMatches(true, offset, phrase, 0, phrase.length());
        }
        for (int k = 1; k < phrase.length(); k++) {
            char a = text.charAt(offset + k);
            char b = phrase.charAt(k);
            if (a != b && Character.toLowerCase(a) != Character.toLowerCase(b)
                    && Character.toUpperCase(a) != Character.toUpperCase(b)) {
                return false;
            }
        }
        return true;
    }
}
