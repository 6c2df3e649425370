package org.trapscope.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.trapscope.load.LineBytes;
import org.trapscope.load.RawLines;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.store.Sessions;

/**
 * A filter compiled to lookup tables indexed by kind, address id, origin id and string id, so
 * that testing an event is a handful of array reads. Conditions that need the raw log line
 * (a phrase on a line whose text the store does not keep, {@code --grep}) are split off into
 * {@link #testRaw}, which the engine calls only for events that passed everything else.
 * Thread-safe: the engine tests events on all cores.
 */
final class EventPredicate {
    /** Result of {@link #testStored}: the event fails, passes, or passes unless its raw line fails. */
    static final int FAIL = 0;
    static final int PASS = 1;
    static final int NEEDS_RAW = 2;

    private final DatasetIndex index;
    private final EventStore store;
    private final Sessions sessions;
    private final boolean[] kindAllowed;
    private final boolean[] ipAllowed;
    /** Per address id whether its host is in an excluded country, or null. */
    private final boolean[] hostExcluded;
    private final boolean[] originAllowed;
    private final ExactValues values;
    private final ExactValues excludedValues;
    private final boolean[] stringMatches;
    private final PhraseMatcher phrases;
    private final int trapState;
    private final boolean excludeBlacklisted;
    private final RawLinePattern grep;
    private final RawLines raw;

    /**
     * @param ipAllowed     per address id, or null for no address condition
     * @param stringMatches per string id whether it contains a phrase, or null for no phrase
     */
    EventPredicate(DatasetIndex index, Filter filter, boolean[] ipAllowed, boolean[] stringMatches,
                   PhraseMatcher phrases, RawLines raw) {
        this.index = index;
        this.store = index.store();
        this.sessions = store.sessions();
        this.kindAllowed = kindTable(filter);
        this.ipAllowed = ipAllowed;
        this.hostExcluded = excludedHostTable(index, filter);
        this.originAllowed = originTable(store, filter);
        this.values = ExactValues.resolve(store, filter.values());
        this.excludedValues = ExactValues.resolve(store, filter.excludedValues());
        this.stringMatches = stringMatches;
        this.phrases = phrases;
        this.trapState = switch (filter.inSpamtraps()) {
            case ANY -> -2;
            case YES -> 1;
            case NO -> 0;
        };
        this.excludeBlacklisted = filter.excludeBlacklisted();
        this.grep = filter.grep() == null ? null : new RawLinePattern(filter.grep());
        this.raw = raw;
    }

    /**
     * Whether the address condition is all there is, so that the allowed hosts' events in the
     * time range are the selection without testing each.
     */
    boolean testsOnlyAddresses() {
        return ipAllowed != null && kindAllowed == null && hostExcluded == null && originAllowed == null
                && trapState == -2 && !excludeBlacklisted && values == null && excludedValues == null
                && stringMatches == null && grep == null;
    }

    /** Whether any condition looks at single events; if not, the time range is the selection. */
    boolean testsEvents() {
        return kindAllowed != null || ipAllowed != null || hostExcluded != null || originAllowed != null
                || trapState != -2 || excludeBlacklisted || values != null || excludedValues != null
                || stringMatches != null || grep != null;
    }

    int testStored(int e) {
        int k = store.kindOrdinal(e);
        if (kindAllowed != null && !kindAllowed[k]) {
            return FAIL;
        }
        if (ipAllowed != null) {
            int ip = store.ip(e);
            if (ip < 0 || !ipAllowed[ip]) {
                return FAIL;
            }
        }
        if (hostExcluded != null) {
            int ip = store.ip(e);
            if (ip >= 0 && hostExcluded[ip]) {
                return FAIL;
            }
        }
        if (originAllowed != null && !originAllowed[store.originId(e)]) {
            return FAIL;
        }
        if (values != null && !values.namedBy(e, k)) {
            return FAIL;
        }
        if (excludedValues != null && excludedValues.namedBy(e, k)) {
            return FAIL;
        }
        if (trapState != -2 && index.targetTrapState(e) != trapState) {
            return FAIL;
        }
        if (excludeBlacklisted) {
            int s = store.session(e);
            if (s >= 0 && sessions.isBlacklisted(s)) {
                return FAIL;
            }
        }
        boolean needsRaw = grep != null;
        if (stringMatches != null) {
            int text = storedTextMatch(e, k);
            if (text == FAIL) {
                return FAIL;
            }
            needsRaw |= text == NEEDS_RAW;
        }
        return needsRaw ? NEEDS_RAW : PASS;
    }

    /** The conditions on the raw line, for an event {@link #testStored} answered NEEDS_RAW for. */
    /** @param line the calling thread's reader, reused from line to line */
    boolean testRaw(int e, LineBytes line) {
        try {
            if (grep == null) {
                raw.read(e, line);
            } else if (!grep.matches(raw, e, line)) {
                return false;
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return stringMatches == null || !TextSlots.hasRawText(store.kindOrdinal(e)) || phrases.matches(line.text());
    }

    private int storedTextMatch(int e, int k) {
        return switch (TextSlots.of(k)) {
            case TextSlots.SLOT_A -> matches(store.slotA(e)) ? PASS : FAIL;
            case TextSlots.SLOTS_A_B -> matches(store.slotA(e)) || matches(store.slotB(e)) ? PASS : FAIL;
            case TextSlots.RAW_TEXT -> NEEDS_RAW;
            default -> FAIL;
        };
    }

    private boolean matches(int string) {
        return string >= 0 && stringMatches[string];
    }

    private static boolean[] kindTable(Filter filter) {
        if (filter.kinds().isEmpty()) {
            return null;
        }
        boolean[] table = new boolean[EventKind.count()];
        for (EventKind k : filter.kinds()) {
            table[k.ordinal()] = true;
        }
        return table;
    }

    private static boolean[] excludedHostTable(DatasetIndex index, Filter filter) {
        if (filter.excludedCountries().isEmpty()) {
            return null;
        }
        return index.hosts().inCountries(filter.excludedCountries(), index.store().ips().size());
    }

    private static boolean[] originTable(EventStore store, Filter filter) {
        if (filter.programs().isEmpty()) {
            return null;
        }
        boolean[] table = new boolean[store.origins().size()];
        for (int o = 0; o < table.length; o++) {
            String program = store.origins().get(o).program();
            for (String wanted : filter.programs()) {
                if (wanted.equalsIgnoreCase(program)) {
                    table[o] = true;
                }
            }
        }
        return table;
    }
}
