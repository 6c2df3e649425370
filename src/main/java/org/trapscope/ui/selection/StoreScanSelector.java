package org.trapscope.ui.selection;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trapscope.load.Cancellation;
import org.trapscope.load.Dataset;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.traps.SpamtrapSet;
import org.trapscope.ui.filter.FilterState;
import org.trapscope.ui.filter.TrapMembership;

/**
 * Selects events with one pass over the columnar store. Every test that depends on a string or an
 * address is first evaluated once per distinct string or address id, so the pass itself only
 * reads arrays; ten million events take well under a second.
 */
public final class StoreScanSelector implements EventSelector {
    private static final int CHECK_EVERY = 1 << 16;

    @Override
    public EventSelection select(Dataset dataset, FilterState filter, Cancellation cancellation) {
        if (!filter.countries().isEmpty()) {
            throw new IllegalArgumentException("country filtering needs host attributes, which are not loaded");
        }
        EventStore store = dataset.events();
        boolean[] phraseHit = filter.phrase().isEmpty() ? null : phraseMatches(store, filter.phrase());
        boolean[] addressHit = filter.addresses().isEmpty() ? null
                : AddressRanges.parse(filter.addressList()).matchAll(store.ips());
        boolean[] excludedText = filter.excludedPhrases().isEmpty() ? null
                : exactMatches(store, filter.excludedPhrases());
        boolean[] excludedHost = filter.excludedAddresses().isEmpty() ? null
                : AddressRanges.parse(List.copyOf(filter.excludedAddresses())).matchAll(store.ips());
        boolean[] trap = filter.spamtraps() == TrapMembership.ANY ? null : trapStrings(store, dataset.spamtraps());
        boolean[] kindHit = null;
        if (!filter.kinds().isEmpty()) {
            kindHit = new boolean[EventKind.count()];
            for (EventKind k : filter.kinds()) {
                kindHit[k.ordinal()] = true;
            }
        }
        int n = store.size();
        int[] out = new int[n];
        int count = 0;
        for (int e = 0; e < n; e++) {
            if ((e & (CHECK_EVERY - 1)) == 0) {
                cancellation.check();
            }
            if (kindHit != null && !kindHit[store.kindOrdinal(e)]) {
                continue;
            }
            long t = store.time(e);
            if (t < filter.fromMillis() || t >= filter.toMillis()) {
                continue;
            }
            if (addressHit != null && (store.ip(e) < 0 || !addressHit[store.ip(e)])) {
                continue;
            }
            if (excludedHost != null && store.ip(e) >= 0 && excludedHost[store.ip(e)]) {
                continue;
            }
            if (excludedText != null && anyHit(excludedText, store, e)) {
                continue;
            }
            if (phraseHit != null && !anyHit(phraseHit, store, e)) {
                continue;
            }
            if (trap != null && isTrapEvent(trap, store, e) != (filter.spamtraps() == TrapMembership.YES)) {
                continue;
            }
            out[count++] = e;
        }
        int[] events = Arrays.copyOf(out, count);
        return SelectionCounts.of(dataset, filter, events);
    }

    private static boolean anyHit(boolean[] hit, EventStore store, int e) {
        return has(hit, store.text(e)) || has(hit, store.user(e)) || has(hit, store.sender(e))
                || has(hit, store.recipient(e));
    }

    private static boolean isTrapEvent(boolean[] trap, EventStore store, int e) {
        return has(trap, store.recipient(e)) || has(trap, store.user(e));
    }

    private static boolean has(boolean[] flags, int id) {
        return id >= 0 && flags[id];
    }

    private static boolean[] phraseMatches(EventStore store, String phrase) {
        String needle = phrase.toLowerCase(Locale.ROOT);
        boolean[] hit = new boolean[store.stringCount()];
        for (int id = 0; id < hit.length; id++) {
            hit[id] = store.string(id).toLowerCase(Locale.ROOT).contains(needle);
        }
        return hit;
    }

    private static boolean[] exactMatches(EventStore store, Set<String> texts) {
        Set<String> lower = new HashSet<>();
        for (String t : texts) {
            lower.add(t.toLowerCase(Locale.ROOT));
        }
        boolean[] hit = new boolean[store.stringCount()];
        for (int id = 0; id < hit.length; id++) {
            hit[id] = lower.contains(store.string(id).toLowerCase(Locale.ROOT));
        }
        return hit;
    }

    /** Strings that are spamtrap addresses or, as user names, a trap's local part. */
    private static boolean[] trapStrings(EventStore store, SpamtrapSet traps) {
        boolean[] trap = new boolean[store.stringCount()];
        for (int id = 0; id < trap.length; id++) {
            String s = store.string(id);
            trap[id] = !s.isEmpty() && (traps.isTrap(s) || traps.isTrapUser(s));
        }
        return trap;
    }
}
