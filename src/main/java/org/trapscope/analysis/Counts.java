package org.trapscope.analysis;

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
        EventStore store = index.store();
        boolean[] host = new boolean[store.ips().size()];
        boolean[] session = new boolean[store.sessions().size()];
        boolean[] target = new boolean[index.targetCount()];
        boolean[] user = new boolean[store.stringCount()];
        int hosts = 0;
        int sessions = 0;
        int targets = 0;
        int users = 0;
        int attempts = 0;
        for (int e : selection.array()) {
            int ip = store.ip(e);
            if (ip >= 0 && !host[ip]) {
                host[ip] = true;
                hosts++;
            }
            int s = store.session(e);
            if (s >= 0 && !session[s]) {
                session[s] = true;
                sessions++;
            }
            int t = index.target(e);
            if (t >= 0 && !target[t]) {
                target[t] = true;
                targets++;
            }
            if (EventKind.ofOrdinal(store.kindOrdinal(e)).isLoginAttempt()) {
                attempts++;
                int u = store.user(e);
                if (u >= 0 && !user[u]) {
                    user[u] = true;
                    users++;
                }
            }
        }
        return new Counts(selection.size(), hosts, sessions, targets, users, attempts);
    }
}
