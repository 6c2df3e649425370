package org.trapscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.ui.filter.FilterState;

/** Each kind of cell filters on, and excludes, its value in the terms of its column. */
class CellFiltersTest {
    private static final FilterState PHRASE = FilterState.NONE.withPhrase("troubles");

    /** One row: a cell per column, texts only. */
    private record OneRow(List<Column> columns, List<String> cells) implements ResultTable {
        @Override
        public int rowCount() {
            return 1;
        }

        @Override
        public String text(int row, int column) {
            return cells.get(column);
        }

        @Override
        public long number(int row, int column) {
            return Long.MIN_VALUE;
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("UTC");
        }
    }

    /** The choices of a text cell in a column of this name, by id. */
    private static Map<String, FilterState> choices(String column, String value, FilterState current) {
        ResultTable table = new OneRow(List.of(new Column(column, ColumnType.TEXT)), List.of(value));
        return CellFilters.forCell(table, 0, 0, current).stream()
                .collect(Collectors.toMap(CellFilters.Choice::id, CellFilters.Choice::next));
    }

    @Test
    void aCountryCellFiltersOnAndExcludesThatCountryNotAPhrase() {
        Map<String, FilterState> choices = choices("country", "CN", PHRASE.withCountries(Set.of("CN", "RU")));
        assertEquals(PHRASE.withCountries(Set.of("CN")), choices.get("filterOnValue"));
        FilterState excluded = choices.get("excludeValue");
        assertEquals(Set.of("RU"), excluded.countries());
        assertEquals(Set.of("CN"), excluded.excludedCountries());
        assertEquals("troubles", excluded.phrase());
        assertEquals(PHRASE.withCountries(Set.of("CN")), choices("country", "CN", excluded).get("filterOnValue"),
                "filtering on an excluded country lets it in again");
    }

    @Test
    void namesEventsCarryAreExactValuesToFilterOnOrExclude() {
        for (String column : List.of("user", "sender", "recipient", "text", "subject", "address")) {
            Map<String, FilterState> choices = choices(column, "<LiLei@bsdly.net>", PHRASE);
            assertEquals(Set.of("<LiLei@bsdly.net>"), choices.get("filterOnValue").values(), column);
            assertEquals("troubles", choices.get("filterOnValue").phrase(), column);
            assertEquals(Set.of("<LiLei@bsdly.net>"), choices.get("excludeValue").excludedValues(), column);
            assertEquals(Set.of(), choices.get("excludeValue").values(), column);
        }
        FilterState root = PHRASE.withValue("root");
        assertEquals(PHRASE.excludingValue("admin").withValue("root"), choices("user", "root",
                PHRASE.excludingValue("admin").excludingValue("root")).get("filterOnValue"));
        assertEquals(Set.of(), choices("user", "root", root).get("excludeValue").values());
    }

    @Test
    void aNetworkCellFiltersOnAndExcludesItsBlock() {
        Map<String, FilterState> choices = choices("network", "136.64.0.0/11", PHRASE);
        assertEquals(PHRASE.withAddresses("136.64.0.0/11"), choices.get("filterOnValue"));
        assertEquals(Set.of("136.64.0.0/11"), choices.get("excludeValue").excludedAddresses());
        assertEquals(Map.of(), choices("network", "private", PHRASE), "a label is no block");
    }

    @Test
    void columnsTheFilterHasNoConditionForOfferNone() {
        for (String column : List.of("program", "log_host", "as_org", "netname")) {
            assertEquals(Map.of(), choices(column, "spamd", PHRASE), column);
        }
        assertEquals(Map.of(), choices("user", "", PHRASE), "an empty cell");
    }
}
