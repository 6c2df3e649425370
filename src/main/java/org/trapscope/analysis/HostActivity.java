package org.trapscope.analysis;

import org.trapscope.store.EventStore;

/**
 * Per address id, a selection's events, spamd sessions, and first and last times: the counting
 * behind the hosts and networks reports, in arrays indexed by address id. (Splitting the hosts
 * between two cores was tried and measured no faster on the 2 M hosts of the 1 GB corpus: each
 * update is a cache miss either way.)
 */
final class HostActivity {
    final int[] events;
    /** Distinct sessions per host, or null when not asked for. */
    final int[] sessions;
    final long[] first;
    final long[] last;

    private HostActivity(int hosts, boolean countSessions) {
        events = new int[hosts];
        sessions = countSessions ? new int[hosts] : null;
        first = new long[hosts];
        last = new long[hosts];
    }

    static HostActivity of(EventStore store, EventSelection selection, boolean countSessions) {
        HostActivity activity = new HostActivity(store.ips().size(), countSessions);
        boolean[] sessionSeen = countSessions ? new boolean[store.sessions().size()] : null;
        activity.count(store, selection, sessionSeen);
        return activity;
    }

    private void count(EventStore store, EventSelection selection, boolean[] sessionSeen) {
        for (int i = 0, selected = selection.size(); i < selected; i++) {
            int e = selection.event(i);
            int id = store.ip(e);
            if (id < 0) {
                continue;
            }
            long t = store.time(e);
            if (events[id]++ == 0) {
                first[id] = t;
            }
            last[id] = t;
            if (sessionSeen != null) {
                int s = store.session(e);
                if (s >= 0 && !sessionSeen[s]) {
                    sessionSeen[s] = true;
                    sessions[id]++;
                }
            }
        }
    }

    /** The address ids with at least one selected event, ascending. */
    int[] hostsSeen() {
        int rows = 0;
        for (int count : events) {
            if (count > 0) {
                rows++;
            }
        }
        int[] ids = new int[rows];
        int r = 0;
        for (int id = 0; id < events.length; id++) {
            if (events[id] > 0) {
                ids[r++] = id;
            }
        }
        return ids;
    }
}
