package org.trapscope.analysis;

import java.util.stream.IntStream;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/**
 * How big a selection is, the way the pipelines counted (workflow W6).
 *
 * @param events        selected events
 * @param hosts         distinct addresses
 * @param sessions      distinct spamd sessions (SMTP conversations, i.e. delivery attempts)
 * @param targets       distinct recipient addresses (envelope and {@code To:})
 * @param users         distinct user names of failed logins
 * @param loginAttempts failed logins
 */
public record Counts(int events, int hosts, int sessions, int targets, int users, int loginAttempts) {

    public static Counts of(DatasetIndex index, EventSelection selection) {
        if (selection.size() == index.store().size()) {
            return index.totals();
        }
        return of(index, selection, selection.size() < 200_000 ? 1 : Runtime.getRuntime().availableProcessors());
    }

    /** The counts with the events split into {@code parts} shares marked in parallel. */
    static Counts of(DatasetIndex index, EventSelection selection, int parts) {
        int size = selection.size();
        // each core marks what its share of the events touches; the marks are then merged
        Marks[] marked = IntStream.range(0, parts).parallel()
                .mapToObj(p -> new Marks(index).mark(selection, Pieces.start(p, parts, size),
                        Pieces.start(p + 1, parts, size)))
                .toArray(Marks[]::new);
        Marks all = marked[0];
        for (int p = 1; p < parts; p++) {
            all.add(marked[p]);
        }
        return new Counts(selection.size(), count(all.host), count(all.session), count(all.target), count(all.user),
                all.attempts);
    }

    private static int count(boolean[] marks) {
        int n = 0;
        for (boolean m : marks) {
            if (m) {
                n++;
            }
        }
        return n;
    }

    /** What a share of the events touches: hosts, sessions, targets, user names of failed logins. */
    private static final class Marks {
        private final DatasetIndex index;
        private final boolean[] host;
        private final boolean[] session;
        private final boolean[] target;
        private final boolean[] user;
        private int attempts;

        Marks(DatasetIndex index) {
            this.index = index;
            EventStore store = index.store();
            host = new boolean[store.ips().size()];
            session = new boolean[store.sessions().size()];
            target = new boolean[index.targetCount()];
            user = new boolean[store.stringCount()];
        }

        Marks mark(EventSelection events, int from, int to) {
            EventStore store = index.store();
            for (int i = from; i < to; i++) {
                int e = events.event(i);
                int ip = store.ip(e);
                if (ip >= 0) {
                    host[ip] = true;
                }
                int s = store.session(e);
                if (s >= 0) {
                    session[s] = true;
                }
                int t = index.target(e);
                if (t >= 0) {
                    target[t] = true;
                }
                if (EventKind.ofOrdinal(store.kindOrdinal(e)).isLoginAttempt()) {
                    attempts++;
                    int u = store.user(e);
                    if (u >= 0) {
                        user[u] = true;
                    }
                }
            }
            return this;
        }

        void add(Marks other) {
            or(host, other.host);
            or(session, other.session);
            or(target, other.target);
            or(user, other.user);
            attempts += other.attempts;
        }

        private static void or(boolean[] into, boolean[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] |= from[i];
            }
        }
    }
}
