package org.trapscope.analysis;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.trapscope.store.EventStore;
import org.trapscope.store.LongIntMap;

/**
 * The events that name a key (a target address, a subject, a user name), in store order, each
 * with its key, the first event of the same spamd session and key, and the group of the same key
 * and host. Built once per dataset; a report then counts sessions and hosts per key with one bit
 * per group instead of looking pairs up in a set. Whichever selected event of a group comes first
 * sets the group's bit, so any selection is counted exactly.
 *
 * <p>A large selection is counted in consecutive pieces on all cores, each with rows and bits of
 * its own, then added up; a group that two pieces both met shows in both pieces' bits and is
 * taken back once. (Splitting the keys between cores made every core read every event.)
 */
final class KeyedEvents {
    /** Below this many events one core is quicker than splitting the work. */
    private static final int PARALLEL_FROM = 200_000;

    private final EventStore store;
    private final int keyCount;
    private final int[] events;
    private final int[] keyOf;
    /** Per event here, the first event here of its (session, key) group; a line outside a session is its own. */
    private final int[] firstOfSession;
    /**
     * Per event here, its (key, host) group, numbered in order of first occurrence (so that the
     * groups counted at one time sit close together; numbered by address, counting the pairs of
     * the whole generated set took four times as long); -1 without a host.
     */
    private final int[] hostGroupOf;
    /** Per (key, host) group, its first event here. */
    private final int[] hostGroupFirst;
    private SoftReference<GroupStats> wholeByHost = new SoftReference<>(null);
    /** The (key, host) groups by address, then key text; made on first use. */
    private volatile int[] hostGroupsByAddress;

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
        int[] groupOf = hostGroups();
        int groups = 0;
        for (int i = 0; i < groupOf.length; i++) {
            // the first event of a group holds its own index until it is numbered
            if (groupOf[i] == i) {
                groupOf[i] = groups++;
            } else if (groupOf[i] >= 0) {
                groupOf[i] = groupOf[groupOf[i]];
            }
        }
        int[] groupFirst = new int[groups];
        for (int i = groupOf.length - 1; i >= 0; i--) {
            if (groupOf[i] >= 0) {
                groupFirst[groupOf[i]] = i;
            }
        }
        this.hostGroupOf = groupOf;
        this.hostGroupFirst = groupFirst;
    }

    int size() {
        return events.length;
    }

    /**
     * Per key among the selected events: sessions (as {@link GroupStats#count}; a line outside a
     * session counts one), distinct hosts (as {@link GroupStats#distinctA}), first and last seen.
     */
    GroupStats count(EventSelection selection) {
        return count(selection, piecesFor(selection));
    }

    /** The same, counted in {@code pieces} consecutive pieces of the events, in parallel. */
    GroupStats count(EventSelection selection, int pieces) {
        long[] selected = bitmap(selection);
        Counted[] counted = IntStream.range(0, pieces).parallel()
                .mapToObj(p -> countPiece(selected, from(p, pieces), from(p + 1, pieces))).toArray(Counted[]::new);
        Counted total = counted[0];
        for (int p = 1; p < pieces; p++) {
            Counted later = counted[p];
            total.rows.addLater(later.rows);
            // groups both met were counted twice
            forEachCommonBit(total.sessionCounted, later.sessionCounted, i -> total.rows.uncount(keyOf[i]));
            forEachCommonBit(total.hostCounted, later.hostCounted,
                    g -> total.rows.undistinctA(keyOf[hostGroupFirst[g]]));
        }
        return total.rows;
    }

    /** One piece's rows, and the (session, key) and (key, host) groups it met. */
    private record Counted(GroupStats rows, long[] sessionCounted, long[] hostCounted) {
    }

    private Counted countPiece(long[] selected, int from, int to) {
        GroupStats rows = GroupStats.dense(store, keyCount);
        long[] sessionCounted = new long[(events.length + 63) >>> 6];
        long[] hostCounted = new long[(hostGroupFirst.length + 63) >>> 6];
        for (int i = from; i < to; i++) {
            int e = events[i];
            if (selected != null && (selected[e >>> 6] & (1L << e)) == 0) {
                continue;
            }
            int row = rows.touch(keyOf[i], 0, e);
            // a session has one client: only its first selected line naming a key can add a host
            if (firstTime(sessionCounted, firstOfSession[i])) {
                rows.addCount(row);
                int group = hostGroupOf[i];
                if (group >= 0 && firstTime(hostCounted, group)) {
                    rows.addDistinctA(row);
                }
            }
        }
        return new Counted(rows, sessionCounted, hostCounted);
    }

    /** Calls {@code action} with each bit set in both; then {@code into} holds the bits of either. */
    private static void forEachCommonBit(long[] into, long[] other, IntConsumer action) {
        for (int w = 0; w < into.length; w++) {
            for (long both = into[w] & other[w]; both != 0; both &= both - 1) {
                action.accept((w << 6) + Long.numberOfTrailingZeros(both));
            }
            into[w] |= other[w];
        }
    }

    /**
     * Per (host, key) group among the selected events, in the order the groups first occur among
     * all the events: the lines (as {@link GroupStats#count}), first and last seen;
     * {@link GroupStats#key} is the host's address id and {@link GroupStats#key2} the key.
     * Events without a host are left out.
     */
    GroupStats countByHost(EventSelection selection) {
        boolean[] wholeHosts = selection.wholeHosts();
        if (wholeHosts != null) {
            return wholeCountByHost().rowsWithKeyIn(wholeHosts);
        }
        return countByHost(selection, piecesFor(selection));
    }

    /**
     * {@link #countByHost} of every event, kept while memory allows: a selection of every event
     * of some hosts (a country, a CIDR block) takes those hosts' rows from it.
     */
    private synchronized GroupStats wholeCountByHost() {
        GroupStats whole = wholeByHost.get();
        if (whole == null) {
            whole = countByHost(EventSelection.all(store.size()), Pieces.of(events.length, PARALLEL_FROM));
            wholeByHost = new SoftReference<>(whole);
        }
        return whole;
    }

    /** The same, counted in {@code pieces} consecutive pieces of the events, in parallel. */
    GroupStats countByHost(EventSelection selection, int pieces) {
        long[] selected = bitmap(selection);
        FirstLastCounts[] counted = IntStream.range(0, pieces).parallel().mapToObj(p -> {
            FirstLastCounts lines = new FirstLastCounts(hostGroupFirst.length);
            for (int i = from(p, pieces), end = from(p + 1, pieces); i < end; i++) {
                int group = hostGroupOf[i];
                int e = events[i];
                if (group >= 0 && (selected == null || (selected[e >>> 6] & (1L << e)) != 0)) {
                    lines.see(group, e);
                }
            }
            return lines;
        }).toArray(FirstLastCounts[]::new);
        for (int p = 1; p < pieces; p++) {
            counted[0].addLater(counted[p]);
        }
        return rowsOfGroupsMet(counted[0]);
    }

    /** The rows of the groups with lines, in the groups' order. */
    private GroupStats rowsOfGroupsMet(FirstLastCounts lines) {
        int[] group = lines.groupsSeen();
        int rows = group.length;
        int[] ip = new int[rows];
        int[] key = new int[rows];
        int[] count = new int[rows];
        int[] firstEvent = new int[rows];
        int[] lastEvent = new int[rows];
        for (int r = 0; r < rows; r++) {
            int g = group[r];
            int i = hostGroupFirst[g];
            ip[r] = store.ip(events[i]);
            key[r] = keyOf[i];
            count[r] = lines.count[g];
            firstEvent[r] = lines.firstEvent[g];
            lastEvent[r] = lines.lastEvent[g];
        }
        return GroupStats.of(store, group, ip, key, count, firstEvent, lastEvent);
    }

    /**
     * The rows of a {@link #countByHost} result ordered by address, then key text (keys are
     * string ids here, user names), rows of equal address and text keeping their order: the
     * pairs report's usual sort, read off the order of all groups, which is worked out once.
     */
    int[] rowsByAddressAndKey(GroupStats counted) {
        int[] rowOfGroup = new int[hostGroupFirst.length];
        Arrays.fill(rowOfGroup, -1);
        for (int r = 0; r < counted.size(); r++) {
            rowOfGroup[counted.group(r)] = r;
        }
        int[] order = new int[counted.size()];
        int n = 0;
        for (int g : hostGroupsByAddress()) {
            int r = rowOfGroup[g];
            if (r >= 0) {
                order[n++] = r;
            }
        }
        return order;
    }

    private int[] hostGroupsByAddress() {
        int[] byAddress = hostGroupsByAddress;
        if (byAddress == null) {
            synchronized (this) {
                if (hostGroupsByAddress == null) {
                    hostGroupsByAddress = sortHostGroupsByAddress();
                }
                byAddress = hostGroupsByAddress;
            }
        }
        return byAddress;
    }

    /** The groups by address rank, key text rank, then number (first occurrence); packed in longs when they fit. */
    private int[] sortHostGroupsByAddress() {
        int groups = hostGroupFirst.length;
        int[] addressRank = store.ips().addressRanks();
        int[] stringRank = store.stringRanks();
        int keyBits = bitsFor(store.stringCount());
        int groupBits = bitsFor(groups);
        int[] byAddress = new int[groups];
        if (bitsFor(store.ips().size()) + keyBits + groupBits <= 63) {
            long[] packed = new long[groups];
            for (int g = 0; g < groups; g++) {
                int i = hostGroupFirst[g];
                packed[g] = ((long) addressRank[store.ip(events[i])] << keyBits | stringRank[keyOf[i]]) << groupBits | g;
            }
            Arrays.parallelSort(packed);
            long mask = (1L << groupBits) - 1;
            for (int n = 0; n < groups; n++) {
                byAddress[n] = (int) (packed[n] & mask);
            }
            return byAddress;
        }
        Arrays.setAll(byAddress, g -> g);
        IntSort.stable(byAddress, (a, b) -> {
            int c = Integer.compare(addressRank[store.ip(events[hostGroupFirst[a]])],
                    addressRank[store.ip(events[hostGroupFirst[b]])]);
            return c != 0 ? c : Integer.compare(stringRank[keyOf[hostGroupFirst[a]]], stringRank[keyOf[hostGroupFirst[b]]]);
        });
        return byAddress;
    }

    private static int bitsFor(int count) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(count));
    }

    private int piecesFor(EventSelection selection) {
        return Pieces.of(Math.min(selection.size(), events.length), PARALLEL_FROM);
    }

    /** Where piece {@code p} of {@code pieces} begins among the events here. */
    private int from(int p, int pieces) {
        return Pieces.start(p, pieces, events.length);
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
        return selection.size() == store.size() ? null : selection.bitmap(store.size());
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

    /** The first event of each (key, host) group, -1 for events without a host; numbered by the constructor. */
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
