package org.trapscope.analysis;

import java.util.Arrays;

/**
 * Counts each (key, session) pair once, where a key is a subject or a target. Nearly every spamd
 * session names one subject and a few targets, mostly on consecutive lines, so the last key of
 * each session answers almost every question in an array; only a session that names a second
 * key puts its pairs into a set, which stays the exact answer for those.
 */
final class DistinctPerSession {
    private final int[] lastKey;
    private final DistinctPairs pairs = new DistinctPairs(1024);

    DistinctPerSession(int sessions) {
        lastKey = new int[sessions];
        Arrays.fill(lastKey, -1);
    }

    /** True when the session names this key for the first time. */
    boolean add(int session, int key) {
        int previous = lastKey[session];
        if (previous == key) {
            return false;
        }
        lastKey[session] = key;
        if (previous < 0) {
            return true;
        }
        pairs.add(previous, session);
        return pairs.add(key, session);
    }
}
