package org.trapscope.ui.selection;

import java.util.BitSet;
import org.trapscope.load.Dataset;
import org.trapscope.store.EventStore;
import org.trapscope.ui.filter.FilterState;

/** Counts the distinct hosts, targets and user names of selected events, as the pipelines did with sort -u. */
public final class SelectionCounts {
    private SelectionCounts() {
    }

    public static EventSelection of(Dataset dataset, FilterState filter, int[] events) {
        EventStore store = dataset.events();
        BitSet hosts = new BitSet(store.ips().size());
        BitSet targets = new BitSet();
        BitSet users = new BitSet();
        for (int e : events) {
            int ip = store.ip(e);
            if (ip >= 0) {
                hosts.set(ip);
            }
            int target = store.recipient(e);
            if (target >= 0) {
                targets.set(target);
            }
            int user = store.user(e);
            if (user >= 0) {
                users.set(user);
            }
        }
        return new EventSelection(dataset, filter, events, hosts.cardinality(), targets.cardinality(),
                users.cardinality());
    }
}
