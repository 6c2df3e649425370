package org.trapscope.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trapscope.store.EventKind;

class FilterStateTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void blankFieldsAreNoFilter() {
        assertTrue(FilterState.NONE.withPhrase("  ").withAddresses(" ").isEmpty());
        assertEquals("no filter", FilterState.NONE.describe(OSLO));
    }

    @Test
    void theDescriptionNamesEveryPartInForce() {
        long from = TimeText.parse("2022-11-18 14:00", OSLO, Long.MIN_VALUE);
        FilterState state = FilterState.NONE.withPhrase("big troubles").withAddresses("10.0.0.0/8")
                .withSpamtraps(TrapMembership.NO).withKinds(Set.of(EventKind.SUBJECT)).withTimeRange(from, Long.MAX_VALUE)
                .excludingAddress("10.1.1.1");
        assertFalse(state.isEmpty());
        assertEquals("phrase \"big troubles\" · host 10.0.0.0/8 · spamtraps no · kinds subject · not host 10.1.1.1"
                + " · 2022-11-18 14:00 – …", state.describe(OSLO));
    }

    @Test
    void conditionsFromTableCellsAreDescribedAndRemovedInOneStep() {
        FilterState phrase = FilterState.NONE.withPhrase("troubles");
        FilterState state = phrase.withValue("root").excludingValue("<a@b.net>").excludingCountry("CN")
                .excludingAddress("10.0.0.0/8");
        assertEquals("value \"root\" · not host 10.0.0.0/8 · not \"<a@b.net>\" · not country CN",
                state.describeCellConditions());
        assertEquals("phrase \"troubles\" · " + state.describeCellConditions(), state.describe(OSLO));
        assertTrue(state.hasCellConditions());
        assertEquals(phrase, state.withoutCellConditions());
        assertFalse(phrase.hasCellConditions());
        assertTrue(state.withTimeRange(0, 1).withoutCellConditions().hasTimeRange());
    }

    @Test
    void theAddressFieldTakesSeveralAddressesSeparatedByCommasOrSpaces() {
        assertEquals(List.of("1.2.3.4", "10.0.0.0/8", "::1"),
                FilterState.NONE.withAddresses("1.2.3.4, 10.0.0.0/8 ::1").addressList());
    }

    @Test
    void timeTextReadsMinutesSecondsAndDatesInTheShownZone() {
        assertEquals(1668776400000L, TimeText.parse("2022-11-18 14:00", OSLO, 0));
        assertEquals(1668776430000L, TimeText.parse("2022-11-18 14:00:30", OSLO, 0));
        assertEquals(1668726000000L, TimeText.parse("2022-11-18", OSLO, 0));
        assertEquals(-1, TimeText.parse(" ", OSLO, -1));
        assertEquals("2022-11-18 14:00", TimeText.format(1668776400000L, OSLO));
        assertThrows(IllegalArgumentException.class, () -> TimeText.parse("yesterday", OSLO, 0));
    }
}
