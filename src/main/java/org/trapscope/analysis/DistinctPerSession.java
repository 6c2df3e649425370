package org.trapscope.analysis;

/**
 * Counts each (key, session) pair once, where a key is a subject. A spamd session carries one
 * message, so each session remembers its first key in an array slot of its own; only a session
 * that names a second key moves its pairs into a set, which is then the exact answer for it.
 */
final class DistinctPerSession {
    /** Marks a session whose pairs live in the set; other slots hold key + 1, 0 being "none yet". */
    private static final int IN_SET = -1;

    private final int[] firstKeyPlusOne;
    private final DistinctPairs pairs = new DistinctPairs(1024);

    DistinctPerSession(int sessions) {
        // zero-filled by the JVM: no pass to mark the slots empty
        firstKeyPlusOne = new int[sessions];
    }

    /** True when the session names this key for the first time. */
    boolean add(int session, int key) {
        int slot = firstKeyPlusOne[session];
        if (slot == 0) {
            firstKeyPlusOne[session] = key + 1;
            return true;
        }
        if (slot == key + 1) {
            return false;
        }
        if (slot != IN_SET) {
            pairs.add(slot - 1, session);
            firstKeyPlusOne[session] = IN_SET;
        }
        return pairs.add(key, session);
    }
}
