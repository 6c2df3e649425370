package org.trapscope.ui.main;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.IpRange;
import org.trapscope.analysis.ResultTable;
import org.trapscope.store.EventKind;
import org.trapscope.ui.filter.FilterState;

/**
 * What a table cell's menu offers to the filter: "filter on this value" and "exclude this value",
 * each in the terms of its column. A host or network becomes an address condition, a country the
 * country condition, a kind the kinds, a time its hour or day, and the names events carry (user
 * names, addresses, subjects, texts) exact values. Other columns (program, AS name ...) offer none.
 */
final class CellFilters {
    /** Columns whose cells are names that events carry, matched exactly by the engine. */
    private static final Set<String> VALUE_COLUMNS = Set.of("user", "sender", "recipient", "text", "subject", "address");
    private static final int SHOWN_LENGTH = 40;

    private CellFilters() {
    }

    /** One menu entry: its text, its id (for tests and styling) and the filter it sets. */
    record Choice(String label, String id, FilterState next) {
    }

    static List<Choice> forCell(ResultTable table, int row, int column, FilterState current) {
        Column spec = table.columns().get(column);
        String value = table.text(row, column);
        List<Choice> choices = new ArrayList<>();
        if (value.isEmpty()) {
            return choices;
        }
        if (spec.type() == ColumnType.IP) {
            choices.add(new Choice("Filter on host " + value, "filterOnValue", current.withAddresses(value)));
            choices.add(new Choice("Exclude host " + value, "excludeValue", current.excludingAddress(value)));
        } else if (spec.type() == ColumnType.TIME && table.number(row, column) != Long.MIN_VALUE) {
            ZonedDateTime at = Instant.ofEpochMilli(table.number(row, column)).atZone(table.zone());
            ZonedDateTime hour = at.truncatedTo(ChronoUnit.HOURS);
            ZonedDateTime day = at.truncatedTo(ChronoUnit.DAYS);
            choices.add(new Choice("Filter on this hour", "filterOnHour",
                    current.withTimeRange(millis(hour), millis(hour.plusHours(1)))));
            choices.add(new Choice("Filter on this day", "filterOnDay",
                    current.withTimeRange(millis(day), millis(day.plusDays(1)))));
        } else if (spec.type() != ColumnType.TEXT) {
            return choices;
        } else if (spec.name().equals("kind") && isKind(value)) {
            EventKind kind = EventKind.parse(value);
            choices.add(new Choice("Only " + value + " events", "filterOnValue", current.withKinds(EnumSet.of(kind))));
            choices.add(new Choice("Exclude " + value + " events", "excludeValue", current.withKinds(allBut(current, kind))));
        } else if (spec.name().equals("country") && value.matches("[A-Z]{2}")) {
            choices.add(new Choice("Filter on country " + value, "filterOnValue", current.withCountry(value)));
            choices.add(new Choice("Exclude country " + value, "excludeValue", current.excludingCountry(value)));
        } else if (spec.name().equals("network") && isRange(value)) {
            choices.add(new Choice("Filter on network " + value, "filterOnValue", current.withAddresses(value)));
            choices.add(new Choice("Exclude network " + value, "excludeValue", current.excludingAddress(value)));
        } else if (VALUE_COLUMNS.contains(spec.name())) {
            String shown = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "…" : value;
            choices.add(new Choice("Filter on " + spec.name() + " \"" + shown + "\"", "filterOnValue",
                    current.withValue(value)));
            choices.add(new Choice("Exclude " + spec.name() + " \"" + shown + "\"", "excludeValue",
                    current.excludingValue(value)));
        }
        return choices;
    }

    private static long millis(ZonedDateTime time) {
        return time.toInstant().toEpochMilli();
    }

    private static boolean isKind(String value) {
        try {
            EventKind.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isRange(String value) {
        try {
            IpRange.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static EnumSet<EventKind> allBut(FilterState current, EventKind kind) {
        EnumSet<EventKind> kinds = current.kinds().isEmpty() ? EnumSet.allOf(EventKind.class) : EnumSet.copyOf(current.kinds());
        kinds.remove(kind);
        return kinds;
    }
}
