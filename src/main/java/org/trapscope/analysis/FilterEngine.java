package org.trapscope.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.trapscope.load.LineBytes;
import org.trapscope.load.RawLines;
import org.trapscope.store.EventStore;
import org.trapscope.store.IpTable;

/**
 * Turns a {@link Filter} into the selected events. The time range is found by binary search in
 * the time-ordered store, address and text conditions are resolved once per address id and per
 * distinct string, and the remaining scan runs on all cores over the events in between; a
 * {@code --grep} then keeps those whose raw lines match. The
 * command line and the workbench use the same engine, so a view and its export agree.
 */
public final class FilterEngine {
    private static final int CHUNK = 1 << 18;
    /** Where a scanning thread collects a chunk's hits; reused, because zeroing a fresh one per chunk costs more than the scan. */
    private static final ThreadLocal<int[]> HITS = ThreadLocal.withInitial(() -> new int[CHUNK]);
    /** A chunk's events as bits, from a multiple of 64 at or before its start (hence one word more). */
    private static final ThreadLocal<long[]> BITS = ThreadLocal.withInitial(() -> new long[CHUNK / 64 + 1]);

    private final int chunk;

    private final DatasetIndex index;
    private final EventStore store;
    private final RawLines raw;

    /** @param raw the original lines, read only for conditions on lines whose text is not stored */
    public FilterEngine(DatasetIndex index, RawLines raw) {
        this(index, raw, CHUNK);
    }

    /** @param chunk events per piece of a parallel scan (small in tests, to cross piece boundaries) */
    FilterEngine(DatasetIndex index, RawLines raw, int chunk) {
        if (chunk < 1 || chunk > CHUNK) {
            throw new IllegalArgumentException("chunk " + chunk);
        }
        this.chunk = chunk;
        this.index = index;
        this.store = index.store();
        this.raw = raw;
    }

    public DatasetIndex index() {
        return index;
    }

    public EventSelection select(Filter filter) {
        EventSelection selected = selectByStore(filter);
        return filter.grep() == null ? selected : new LineGrep(store, raw, filter.grep()).keep(selected);
    }

    /** The events that pass every condition but {@code --grep}, which needs the raw lines. */
    private EventSelection selectByStore(Filter filter) {
        boolean[] ipAllowed = addressTable(filter);
        boolean[] stringMatches = null;
        PhraseMatcher phrases = null;
        if (!filter.phrases().isEmpty()) {
            phrases = new PhraseMatcher(filter.phrases());
            stringMatches = matchStrings(phrases);
        }
        EventPredicate predicate = new EventPredicate(index, filter, ipAllowed, stringMatches, phrases, raw);
        int from = firstAtOrAfter(filter.sinceMillis());
        int to = filter.untilMillis() == Long.MAX_VALUE ? store.size() : firstAtOrAfter(filter.untilMillis());
        to = Math.max(from, to);
        if (!predicate.testsEvents()) {
            return EventSelection.run(from, to);
        }
        long[] byText = null;
        long[] byHost = null;
        int span = to - from;
        boolean[] textKeys = stringMatches == null ? null : textKeys(stringMatches);
        long textCount = textKeys == null ? Long.MAX_VALUE : index.textEvents().countOf(textKeys);
        long hostCount = ipAllowed == null ? Long.MAX_VALUE : index.hostEvents().countOf(ipAllowed);
        // visit only the events of the allowed hosts or of the matching strings, whichever are
        // fewer, when they are few enough to beat scanning the time range
        if (Math.min(textCount, hostCount) < span / 4) {
            if (hostCount <= textCount) {
                byHost = index.hostEvents().bitmapOf(ipAllowed, store.size());
            } else {
                byText = index.textEvents().bitmapOf(textKeys, store.size());
            }
        }
        boolean candidatesPass = byHost != null && predicate.testsOnlyAddresses();
        boolean wholeHosts = predicate.testsOnlyAddresses() && from == 0 && to == store.size();
        return new EventSelection(scan(predicate, from, to, byHost != null ? byHost : byText, candidatesPass),
                wholeHosts ? ipAllowed : null);
    }

    /** The text postings' keys to visit for these matching strings: theirs and the raw-text key. */
    private boolean[] textKeys(boolean[] stringMatches) {
        boolean[] keys = Arrays.copyOf(stringMatches, index.rawTextKey() + 1);
        keys[index.rawTextKey()] = true;
        return keys;
    }

    /**
     * The address ids of every host that sent a line containing one of the phrases: the first
     * step of the analyst's campaign extraction, with exact address ids instead of substrings.
     */
    public boolean[] campaignHosts(List<String> phrases) {
        Filter.Builder b = Filter.builder();
        phrases.forEach(b::phrase);
        EventSelection senders = select(b.build());
        boolean[] hosts = new boolean[store.ips().size()];
        for (int i = 0, n = senders.size(); i < n; i++) {
            int e = senders.event(i);
            int ip = store.ip(e);
            if (ip >= 0) {
                hosts[ip] = true;
            }
        }
        return hosts;
    }

    private boolean[] addressTable(Filter filter) {
        boolean[] allowed = null;
        IpTable ips = store.ips();
        int n = ips.size();
        if (!filter.ipRanges().isEmpty()) {
            allowed = new boolean[n];
            for (int id = 0; id < n; id++) {
                long hi = ips.hi(id);
                long lo = ips.lo(id);
                for (IpRange range : filter.ipRanges()) {
                    if (range.contains(hi, lo)) {
                        allowed[id] = true;
                        break;
                    }
                }
            }
        }
        if (!filter.countries().isEmpty()) {
            allowed = and(allowed, index.hosts().inCountries(filter.countries(), n));
        }
        if (!filter.campaignPhrases().isEmpty()) {
            allowed = and(allowed, campaignHosts(filter.campaignPhrases()));
        }
        return allowed;
    }

    private static boolean[] and(boolean[] a, boolean[] b) {
        if (a == null) {
            return b;
        }
        for (int i = 0; i < a.length; i++) {
            a[i] &= b[i];
        }
        return a;
    }

    /** Whether each distinct string contains a phrase: the phrase is matched once per string id. */
    private boolean[] matchStrings(PhraseMatcher phrases) {
        int n = store.stringCount();
        boolean[] matches = new boolean[n];
        int chunks = Math.max(1, (n + CHUNK - 1) / CHUNK);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int end = Math.min(n, (c + 1) * CHUNK);
            for (int s = c * CHUNK; s < end; s++) {
                matches[s] = phrases.matches(store.string(s));
            }
        });
        return matches;
    }

    /**
     * Tests a chunk of events at a time: the column conditions clear the failing events' bits
     * in a bitmap of the chunk, and the events left are tested on the strings they name and, if
     * need be, their raw lines.
     *
     * @param candidates     the only events to test, as a bitmap over the store, or null for all
     * @param candidatesPass whether the candidates are the selection without a test
     */
    private int[] scan(EventPredicate predicate, int from, int to, long[] candidates, boolean candidatesPass) {
        int chunks = Math.max(1, (to - from + chunk - 1) / chunk);
        boolean testsStrings = !candidatesPass && predicate.testsStrings();
        int[][] parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            int start = from + c * chunk;
            int end = Math.min(to, start + chunk);
            int base = start & -64;
            long[] bits = BITS.get();
            int words = (end - base + 63) >>> 6;
            for (int w = 0; w < words; w++) {
                bits[w] = candidates == null ? -1L : candidates[(base >>> 6) + w];
            }
            bits[0] &= -1L << start;
            if ((end & 63) != 0) {
                bits[words - 1] &= -1L >>> -end;
            }
            if (!candidatesPass) {
                predicate.testColumns(bits, base, end);
            }
            int[] out = HITS.get();
            LineBytes line = testsStrings ? new LineBytes() : null;
            int count = 0;
            for (int w = 0; w < words; w++) {
                for (long word = bits[w]; word != 0; word &= word - 1) {
                    int e = base + (w << 6) + Long.numberOfTrailingZeros(word);
                    if (!testsStrings) {
                        out[count++] = e;
                        continue;
                    }
                    int result = predicate.testStored(e);
                    if (result == EventPredicate.PASS
                            || result == EventPredicate.NEEDS_RAW && predicate.testRaw(e, line)) {
                        out[count++] = e;
                    }
                }
            }
            return Arrays.copyOf(out, count);
        }).toArray(int[][]::new);
        return concatenated(parts);
    }

    /** The parts one after the other in one array. */
    static int[] concatenated(int[][] parts) {
        int total = 0;
        for (int[] part : parts) {
            total += part.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Index of the first event at or after the instant; unparsed lines (time 0) come first. */
    private int firstAtOrAfter(long millis) {
        if (millis == Long.MIN_VALUE) {
            return 0;
        }
        int lo = 0;
        int hi = store.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (store.time(mid) < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
