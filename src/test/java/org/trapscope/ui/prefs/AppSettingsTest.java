package org.trapscope.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trapscope.ui.table.ColumnLayout;

class AppSettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/trapscope/test-" + UUID.randomUUID());
    private final AppSettings settings = new AppSettings(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void recentEntriesAreNewestFirstWithoutDuplicatesAndAtMostEight() {
        for (int i = 0; i < 10; i++) {
            settings.add(List.of(Path.of("/logs/spamd." + i), Path.of("/logs/maillog")));
        }
        settings.add(List.of(Path.of("/logs/spamd.5"), Path.of("/logs/maillog")));

        List<List<Path>> recent = settings.list();
        assertEquals(8, recent.size());
        assertEquals(List.of(Path.of("/logs/spamd.5"), Path.of("/logs/maillog")), recent.get(0));
        assertEquals(List.of(Path.of("/logs/spamd.9"), Path.of("/logs/maillog")), recent.get(1));
        assertEquals(1, recent.stream().filter(e -> e.get(0).equals(Path.of("/logs/spamd.5"))).count());
        assertEquals(Optional.of(Path.of("/logs")), settings.lastFolder());
    }

    @Test
    void windowThemeAndSampleFlagAreRemembered() {
        assertFalse(settings.sampleShown());
        settings.setSampleShown();
        settings.setDarkTheme(true);
        settings.setWindowBounds(new WindowBounds(10, 20, 1000, 700, false));

        AppSettings again = new AppSettings(node);
        assertTrue(again.sampleShown());
        assertTrue(again.darkTheme());
        assertEquals(new WindowBounds(10, 20, 1000, 700, false), again.windowBounds());
    }

    @Test
    void columnLayoutsArePerTableAndComeBackAsSaved() {
        ColumnLayout events = new ColumnLayout(List.of("ip", "time", "kind"), Map.of("ip", 181.5, "text", 300.0),
                Set.of("sender", "file"));
        settings.columnMemory("events").remember(events);

        AppSettings again = new AppSettings(node);
        assertEquals(events, again.columnMemory("events").layout());
        assertEquals(ColumnLayout.DEFAULT, again.columnMemory("Host–user pairs").layout());
    }

    @Test
    void rememberingTheDefaultLayoutForgetsTheSavedOne() throws BackingStoreException {
        settings.columnMemory("Hosts").remember(new ColumnLayout(List.of("events", "ip"), Map.of("ip", 90.0), Set.of("asn")));
        settings.columnMemory("Hosts").remember(ColumnLayout.DEFAULT);

        assertEquals(ColumnLayout.DEFAULT, new AppSettings(node).columnMemory("Hosts").layout());
        assertEquals(0, node.keys().length);
    }

    @Test
    void hiddenColumnsSavedBeforeWidthsAndOrderWereRememberedStillApply() {
        node.put("hidden.events", "sender,file");
        assertEquals(new ColumnLayout(List.of(), Map.of(), Set.of("sender", "file")),
                settings.columnMemory("events").layout());
    }
}
