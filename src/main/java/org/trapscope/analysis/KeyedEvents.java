package org.trapscope.analysis;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.trapscope.store.EventStore;
import org.trapscope.store.LongIntMap;

/**
 * The events that name a key (a target address, a subject), in store order, each with its key,
 * the first event of the same spamd session and key, and the first of the same key and host.
 * Built once per dataset; a report then counts sessions and hosts per key with one bit per first
 * event instead of looking pairs up in a set. Whichever selected event of a group comes first
 * sets the group's bit, so any selection is counted exactly.
 */
final class KeyedEvents {
    /** Below this many events one core is quicker than splitting the work. */
    private static final int PARALLEL_FROM = 200_000;

    private final EventStore store;
    private final int keyCount;
    private final int[] events;
    private final int[] keyOf;
    private final int[] firstOfSession;
    private final int[] firstOfHost;
    /** How many (key, host) groups there are among all the events. */
    private final int hostGroupCount;

    /**
     * @param events   the events that name a key, in store order
     * @param keyOf    the key each of them names, below {@code keyCount}
     */
    KeyedEvents(EventStore store, int keyCount, int[] events, int[] keyOf) {
        this.store = store;
        this.keyCount = keyCount;
        this.events = events;
        this.keyOf = keyOf;
        this.firstOfSession = sessionGroups();
        this.firstOfHost = hostGroups();
        int groups = 0;
        for (int i = 0; i < firstOfHost.length; i++) {
            if (firstOfHost[i] == i) {
                groups++;
            }
        }
        this.hostGroupCount = groups;
    }

    int size() {
        return events.length;
    }

    /**
     * Per key among the selected events: sessions (as {@link GroupStats#count}; a line outside a
     * session counts one), distinct hosts (as {@link GroupStats#distinctA}), first and last seen.
     */
    GroupStats count(EventSelection selection) {
        long[] selected = bitmap(selection);
        int parts = selection.size() < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
        return count(selected, parts);
    }

    /** The same, with the keys split into {@code parts} worked on in parallel: each part owns its rows. */
    GroupStats count(EventSelection selection, int parts) {
        return count(bitmap(selection), parts);
    }

    private GroupStats count(long[] selected, int parts) {
        GroupStats[] grouped = IntStream.range(0, parts).parallel()
                .mapToObj(part -> countPart(selected, part, parts)).toArray(GroupStats[]::new);
        GroupStats rows = grouped[0];
        for (int p = 1; p < parts; p++) {
            rows.appendAll(grouped[p]);
        }
        return rows;
    }

    private GroupStats countPart(long[] selected, int part, int parts) {
        GroupStats rows = GroupStats.dense(keyCount);
        int n = events.length;
        long[] sessionCounted = new long[(n + 63) >>> 6];
        long[] hostCounted = new long[(n + 63) >>> 6];
        for (int i = 0; i < n; i++) {
            int key = keyOf[i];
            int e = events[i];
            if (key % parts != part || (selected != null && (selected[e >>> 6] & (1L << e)) == 0)) {
                continue;
            }
            int row = rows.touch(key, 0, store.time(e));
            // a session has one client: only its first selected line naming a key can add a host
            if (firstTime(sessionCounted, firstOfSession[i])) {
                rows.addCount(row);
                int host = firstOfHost[i];
                if (host >= 0 && firstTime(hostCounted, host)) {
                    rows.addDistinctA(row);
                }
            }
        }
        return rows;
    }

    /**
     * Per (host, key) group among the selected events, in the order the groups first occur: the
     * lines (as {@link GroupStats#count}), first and last seen; {@link GroupStats#key} is the
     * host's address id and {@link GroupStats#key2} the key. Events without a host are left out.
     */
    GroupStats countByHost(EventSelection selection) {
        long[] selected = bitmap(selection);
        // room for every group when nothing is filtered out, else for at most one per selected line:
        // often few (a campaign's hosts try no logins), but millions grow no arrays
        GroupStats rows = GroupStats.dense(events.length,
                selected == null ? hostGroupCount : Math.min(hostGroupCount, selectedCount(selected)));
        for (int i = 0, n = events.length; i < n; i++) {
            int e = events[i];
            int group = firstOfHost[i];
            if (group < 0 || (selected != null && (selected[e >>> 6] & (1L << e)) == 0)) {
                continue;
            }
            rows.addCount(rows.touchGroup(group, store.ip(e), keyOf[i], store.time(e)));
        }
        return rows;
    }

    /** How many of these events are selected. */
    private int selectedCount(long[] selected) {
        int count = 0;
        for (int e : events) {
            if ((selected[e >>> 6] & (1L << e)) != 0) {
                count++;
            }
        }
        return count;
    }

    /** Sets the bit; true when it was clear. */
    private static boolean firstTime(long[] bits, int bit) {
        long mask = 1L << bit;
        int word = bit >>> 6;
        if ((bits[word] & mask) != 0) {
            return false;
        }
        bits[word] |= mask;
        return true;
    }

    /** The selection as a bitmap over all events, or null when it holds every event. */
    private long[] bitmap(EventSelection selection) {
        if (selection.size() == store.size()) {
            return null;
        }
        long[] bits = new long[(store.size() + 63) >>> 6];
        for (int i = 0, n = selection.size(); i < n; i++) {
            int e = selection.event(i);
            bits[e >>> 6] |= 1L << e;
        }
        return bits;
    }

    /**
     * The first event of each (session, key) group. A session's keyed lines are chained from its
     * latest back; a session names few keys, so walking its chain is shorter than hashing pairs.
     */
    private int[] sessionGroups() {
        int n = events.length;
        int[] first = new int[n];
        int[] latestOfSession = new int[store.sessions().size()];
        Arrays.fill(latestOfSession, -1);
        int[] previousInSession = new int[n];
        for (int i = 0; i < n; i++) {
            int session = store.session(events[i]);
            if (session < 0) {
                // lines outside a session count one each
                first[i] = i;
                continue;
            }
            int key = keyOf[i];
            int found = i;
            for (int j = latestOfSession[session]; j >= 0; j = previousInSession[j]) {
                if (keyOf[j] == key) {
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

    /** The first event of each (key, host) group, -1 for events without a host. */
    private int[] hostGroups() {
        int n = events.length;
        int[] first = new int[n];
        int parts = n < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
        // split by key, so each core owns its keys' groups and writes only their entries
        IntStream.range(0, parts).parallel().forEach(part -> {
            LongIntMap groups = new LongIntMap(n / parts / 2 + 1);
            for (int i = 0; i < n; i++) {
                int key = keyOf[i];
                if (key % parts != part) {
                    continue;
                }
                int firstInSession = firstOfSession[i];
                if (firstInSession < i) {
                    // a session has one client, so its later lines share the host group of its first
                    first[i] = first[firstInSession];
                    continue;
                }
                int ip = store.ip(events[i]);
                first[i] = ip < 0 ? -1 : groups.getOrPut((long) key << 32 | ip, i);
            }
        });
        return first;
    }
}
