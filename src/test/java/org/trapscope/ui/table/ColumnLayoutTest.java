package org.trapscope.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {
    private static final List<String> HOSTS = List.of("ip", "events", "sessions", "first_seen", "country", "network");

    private static ColumnLayout ordered(String... names) {
        return new ColumnLayout(List.of(names), Map.of(), Set.of());
    }

    @Test
    void noLayoutKeepsTheDefaultOrder() {
        assertEquals(HOSTS, ColumnLayout.DEFAULT.arrange(HOSTS));
    }

    @Test
    void theRememberedOrderComesBack() {
        List<String> moved = List.of("country", "ip", "events", "sessions", "first_seen", "network");
        assertEquals(moved, ordered(moved.toArray(String[]::new)).arrange(HOSTS));
    }

    @Test
    void namesThatNoLongerExistAreIgnored() {
        assertEquals(List.of("events", "ip", "sessions", "first_seen", "country", "network"),
                ordered("events", "as_org", "ip", "sessions", "first_seen", "country", "network").arrange(HOSTS));
    }

    @Test
    void newColumnsGoAfterTheColumnTheyFollowByDefault() {
        // remembered before "sessions" and "network" existed, with country moved to the front
        assertEquals(List.of("country", "network", "ip", "events", "sessions", "first_seen"),
                ordered("country", "ip", "events", "first_seen").arrange(HOSTS));
        assertEquals(List.of("ip", "events", "sessions", "first_seen", "country", "network"),
                ordered("events", "sessions").arrange(HOSTS), "a new first column stays first");
    }
}
