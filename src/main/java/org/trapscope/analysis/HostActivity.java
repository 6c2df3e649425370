package org.trapscope.analysis;

import java.util.stream.IntStream;
import org.trapscope.store.EventStore;
import org.trapscope.store.Sessions;

/**
 * Per address id, a selection's events, spamd sessions, and first and last events: the counting
 * behind the hosts and networks reports, in arrays indexed by address id.
 *
 * <p>First and last are event numbers, not times: the store is in time order, so they order
 * as their times do, and counting never reads the 8-byte time of an event (reading the store's
 * columns is what this costs). A large selection is counted in consecutive pieces on all cores,
 * each into arrays of its own, which are then added up; a session whose events fall into two
 * pieces is found in both pieces' session bitmaps and counted once. (Splitting the hosts between
 * cores instead, and walking each host's events in the address index, were measured slower.)
 */
final class HostActivity {
    /** Below this many selected events one core is quicker than adding up pieces. */
    private static final int PARALLEL_FROM = 1 << 20;

    private final FirstLastCounts counts;
    final int[] events;
    /** Distinct sessions per host, or null when not asked for. */
    final int[] sessions;
    /** The first and last selected event of each host (valid where {@link #events} is not 0). */
    final int[] firstEvent;
    final int[] lastEvent;
    /** The sessions met, one bit each, or null. */
    private final long[] sessionSeen;

    private HostActivity(FirstLastCounts counts, int[] sessions) {
        this.counts = counts;
        events = counts.count;
        firstEvent = counts.firstEvent;
        lastEvent = counts.lastEvent;
        this.sessions = sessions;
        sessionSeen = null;
    }

    private HostActivity(int hosts, int sessionCount, boolean countSessions) {
        counts = new FirstLastCounts(hosts);
        events = counts.count;
        firstEvent = counts.firstEvent;
        lastEvent = counts.lastEvent;
        sessions = countSessions ? new int[hosts] : null;
        sessionSeen = countSessions ? new long[(sessionCount + 63) >>> 6] : null;
    }

    /**
     * The activity of a selection. One that is every event of some hosts (a country, a CIDR
     * block over all time) is read off the activity of the whole store, which the index keeps.
     */
    static HostActivity of(DatasetIndex index, EventSelection selection, boolean countSessions) {
        boolean[] wholeHosts = selection.wholeHosts();
        if (wholeHosts != null) {
            return index.wholeHostActivity().restrictedTo(wholeHosts, countSessions);
        }
        return of(index.store(), selection, countSessions);
    }

    static HostActivity of(EventStore store, EventSelection selection, boolean countSessions) {
        return of(store, selection, countSessions, Pieces.of(selection.size(), PARALLEL_FROM));
    }

    /** The same, counted in {@code pieces} pieces (in tests, small selections in many). */
    static HostActivity of(EventStore store, EventSelection selection, boolean countSessions, int pieces) {
        int selected = selection.size();
        HostActivity[] counted = IntStream.range(0, pieces).parallel().mapToObj(p -> {
            HostActivity piece = new HostActivity(store.ips().size(), store.sessions().size(), countSessions);
            piece.count(store, selection, Pieces.start(p, pieces, selected), Pieces.start(p + 1, pieces, selected));
            return piece;
        }).toArray(HostActivity[]::new);
        HostActivity total = counted[0];
        for (int p = 1; p < pieces; p++) {
            total.add(counted[p], store.sessions());
        }
        return total;
    }

    private void count(EventStore store, EventSelection selection, int from, int to) {
        for (int i = from; i < to; i++) {
            int e = selection.event(i);
            int id = store.ip(e);
            if (id < 0) {
                continue;
            }
            counts.see(id, e);
            if (sessionSeen != null) {
                int s = store.session(e);
                if (s >= 0 && (sessionSeen[s >>> 6] & 1L << s) == 0) {
                    sessionSeen[s >>> 6] |= 1L << s;
                    sessions[id]++;
                }
            }
        }
    }

    /** Adds the counts of the piece of the selection that follows this one's. */
    private void add(HostActivity later, Sessions sessionTable) {
        counts.addLater(later.counts);
        if (sessionSeen != null) {
            for (int id = 0; id < sessions.length; id++) {
                sessions[id] += later.sessions[id];
            }
            for (int w = 0; w < sessionSeen.length; w++) {
                long both = sessionSeen[w] & later.sessionSeen[w];
                for (; both != 0; both &= both - 1) {
                    int s = (w << 6) + Long.numberOfTrailingZeros(both);
                    sessions[sessionTable.ip(s)]--; // counted by both pieces
                }
                sessionSeen[w] |= later.sessionSeen[w];
            }
        }
    }

    /**
     * This activity where {@code allowed} is set, nothing elsewhere: the activity of the selection
     * of every event of the allowed hosts, when this one is every event's.
     */
    HostActivity restrictedTo(boolean[] allowed, boolean countSessions) {
        int hosts = events.length;
        FirstLastCounts kept = new FirstLastCounts(hosts);
        int[] keptSessions = countSessions ? new int[hosts] : null;
        for (int id = 0; id < hosts; id++) {
            if (allowed[id]) {
                kept.count[id] = events[id];
                kept.firstEvent[id] = firstEvent[id];
                kept.lastEvent[id] = lastEvent[id];
                if (keptSessions != null) {
                    keptSessions[id] = sessions[id];
                }
            }
        }
        return new HostActivity(kept, keptSessions);
    }

    /** The address ids with at least one selected event, ascending. */
    int[] hostsSeen() {
        return counts.groupsSeen();
    }
}
