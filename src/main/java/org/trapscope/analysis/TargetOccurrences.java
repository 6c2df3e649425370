package org.trapscope.analysis;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.trapscope.store.EventStore;
import org.trapscope.store.LongIntMap;

/**
 * For each event that names a target, the first such event of the same spamd session and target,
 * and the first of the same target and host. A report then counts an attempt or a host with one
 * bit per first event instead of looking pairs up in a set: whichever selected event of a group
 * comes first sets the group's bit, so any selection is counted exactly. Built once per dataset.
 */
final class TargetOccurrences {
    private final int[] firstOfSession;
    private final int[] firstOfHost;

    private TargetOccurrences(int[] firstOfSession, int[] firstOfHost) {
        this.firstOfSession = firstOfSession;
        this.firstOfHost = firstOfHost;
    }

    /**
     * @param targetEvents the events that name a target, in store order
     * @param targetOf     the target each of them names
     */
    static TargetOccurrences of(EventStore store, int[] targetEvents, int[] targetOf) {
        int n = targetEvents.length;
        int[] firstOfSession = sessionGroups(store, targetEvents, targetOf);
        int[] firstOfHost = new int[n];
        int parts = n < 100_000 ? 1 : Runtime.getRuntime().availableProcessors();
        // split by target, so each core owns its targets' groups and writes only their entries
        IntStream.range(0, parts).parallel().forEach(part -> {
            LongIntMap hostGroups = new LongIntMap(n / parts / 2 + 1);
            for (int i = 0; i < n; i++) {
                int target = targetOf[i];
                if (target % parts != part) {
                    continue;
                }
                int first = firstOfSession[i];
                if (first < i) {
                    // a session has one client, so its later lines belong to the host group of its first
                    firstOfHost[i] = firstOfHost[first];
                    continue;
                }
                int ip = store.ip(targetEvents[i]);
                firstOfHost[i] = ip < 0 ? -1 : hostGroups.getOrPut(DistinctPairs.pack(target, ip), i);
            }
        });
        return new TargetOccurrences(firstOfSession, firstOfHost);
    }

    /**
     * The first event of each (session, target) group. A session's target-naming lines are
     * chained from its latest back; a session names few targets, so walking its chain is shorter
     * than hashing every pair.
     */
    private static int[] sessionGroups(EventStore store, int[] targetEvents, int[] targetOf) {
        int n = targetEvents.length;
        int[] first = new int[n];
        int[] latestOfSession = new int[store.sessions().size()];
        Arrays.fill(latestOfSession, -1);
        int[] previousInSession = new int[n];
        for (int i = 0; i < n; i++) {
            int session = store.session(targetEvents[i]);
            if (session < 0) {
                // lines outside a session count one attempt each
                first[i] = i;
                continue;
            }
            int target = targetOf[i];
            int found = i;
            for (int j = latestOfSession[session]; j >= 0; j = previousInSession[j]) {
                if (targetOf[j] == target) {
                    found = first[j];
                    break;
                }
            }
            first[i] = found;
            previousInSession[i] = latestOfSession[session];
            latestOfSession[session] = i;
        }
        return first;
    }

    /** The first target-naming event (by its position in the list) of the same session and target. */
    int firstOfSession(int i) {
        return firstOfSession[i];
    }

    /** The first target-naming event of the same target and host, or -1 when the event has no host. */
    int firstOfHost(int i) {
        return firstOfHost[i];
    }
}
