package org.trapscope.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.trapscope.load.LineBytes;
import org.trapscope.load.RawLines;
import org.trapscope.store.EventStore;

/**
 * A filter compiled to lookup tables indexed by kind, address id, origin id and string id. The
 * conditions on the event's own columns are {@link ColumnConditions}, tested 64 events at a time;
 * the rest, on the strings an event names, are {@link #testStored}, and a phrase on a line whose
 * text the store does not keep is split off into {@link #testRaw}, which the engine calls only
 * for events that passed everything else. {@code --grep} is {@link LineGrep}'s, applied after.
 * Thread-safe: the engine tests events on all cores.
 */
final class EventPredicate {
    /** Result of {@link #testStored}: the event fails, passes, or passes unless its raw line fails. */
    static final int FAIL = 0;
    static final int PASS = 1;
    static final int NEEDS_RAW = 2;

    private final EventStore store;
    private final ColumnConditions columns;
    private final ExactValues values;
    private final ExactValues excludedValues;
    private final boolean[] stringMatches;
    private final PhraseMatcher phrases;
    private final RawLines raw;

    /**
     * @param ipAllowed     per address id, or null for no address condition
     * @param stringMatches per string id whether it contains a phrase, or null for no phrase
     */
    EventPredicate(DatasetIndex index, Filter filter, boolean[] ipAllowed, boolean[] stringMatches,
                   PhraseMatcher phrases, RawLines raw) {
        this.store = index.store();
        int trapState = switch (filter.inSpamtraps()) {
            case ANY -> ColumnConditions.ANY_TRAP_STATE;
            case YES -> 1;
            case NO -> 0;
        };
        boolean[] hostExcluded = filter.excludedCountries().isEmpty() ? null
                : index.hosts().inCountries(filter.excludedCountries(), store.ips().size());
        this.columns = new ColumnConditions(index, filter.kinds(), ipAllowed, hostExcluded, filter.programs(),
                trapState, filter.excludeBlacklisted());
        this.values = ExactValues.resolve(store, filter.values());
        this.excludedValues = ExactValues.resolve(store, filter.excludedValues());
        this.stringMatches = stringMatches;
        this.phrases = phrases;
        this.raw = raw;
    }

    /**
     * Whether the address condition is all there is, so that the allowed hosts' events in the
     * time range are the selection without testing each.
     */
    boolean testsOnlyAddresses() {
        return columns.onlyHosts() && !testsStrings();
    }

    /** Whether any condition looks at single events; if not, the time range is the selection. */
    boolean testsEvents() {
        return columns.any() || testsStrings();
    }

    /** Whether {@link #testStored} has anything to test. */
    boolean testsStrings() {
        return values != null || excludedValues != null || stringMatches != null;
    }

    /** Clears the bits of events failing the column conditions; see {@link ColumnConditions#apply}. */
    void testColumns(long[] bits, int base, int end) {
        columns.apply(bits, base, end);
    }

    /** The conditions on the strings an event names, for an event that passed {@link #testColumns}. */
    int testStored(int e) {
        int k = store.kindOrdinal(e);
        if (values != null && !values.namedBy(e, k)) {
            return FAIL;
        }
        if (excludedValues != null && excludedValues.namedBy(e, k)) {
            return FAIL;
        }
        return stringMatches == null ? PASS : storedTextMatch(e, k);
    }

    /**
     * The conditions on the raw line, for an event {@link #testStored} answered NEEDS_RAW for.
     *
     * @param line the calling thread's reader, reused from line to line
     */
    boolean testRaw(int e, LineBytes line) {
        try {
            raw.read(e, line);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return phrases.matches(line.text());
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
}
