package org.trapscope.analysis;

import java.util.Arrays;

/**
 * Counts each (key, session) pair once, where a key is a subject or a target. A spamd session
 * names one subject and a few targets, so each session keeps its first keys in an array slot of
 * its own; only a session that names more than that moves its pairs into a set, which is then
 * the exact answer for it.
 */
final class DistinctPerSession {
    /** Keys remembered in the array per session; three recipients cover nearly every session. */
    private static final int KEYS = 3;
    private static final int UNUSED = -1;
    /** Marks a session whose pairs live in the set. */
    private static final int IN_SET = -2;

    private final int[] keys;
    private final DistinctPairs pairs = new DistinctPairs(1024);

    DistinctPerSession(int sessions) {
        keys = new int[sessions * KEYS];
        Arrays.fill(keys, UNUSED);
    }

    /** True when the session names this key for the first time. */
    boolean add(int session, int key) {
        int base = session * KEYS;
        if (keys[base] == IN_SET) {
            return pairs.add(key, session);
        }
        for (int i = base; i < base + KEYS; i++) {
            if (keys[i] == key) {
                return false;
            }
            if (keys[i] == UNUSED) {
                keys[i] = key;
                return true;
            }
        }
        for (int i = base; i < base + KEYS; i++) {
            pairs.add(keys[i], session);
        }
        keys[base] = IN_SET;
        return pairs.add(key, session);
    }
}
