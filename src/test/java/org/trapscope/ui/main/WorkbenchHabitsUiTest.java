package org.trapscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trapscope.ui.main.EventsTableLookups.cell;
import static org.trapscope.ui.main.EventsTableLookups.eventsTable;
import static org.trapscope.ui.main.EventsTableLookups.waitFor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trapscope.analysis.HostAttributes;
import org.trapscope.cli.Version;
import org.trapscope.enrich.BundledSnapshot;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.ui.load.DatasetSource;
import org.trapscope.ui.prefs.AppSettings;
import org.trapscope.ui.theme.ThemeManager;

/**
 * The habits of a keyboard-and-mouse analyst: shortcuts, the column chooser, the theme, About,
 * the timeline chart and the filter bar's check-combos. Same harness as {@link WorkbenchUiTest}.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchHabitsUiTest {
    @TempDir
    static Path temp;

    private Workbench workbench;
    private ScriptedDialogs dialogs;
    private Preferences prefs;
    private ThemeManager theme;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/trapscope/test-" + UUID.randomUUID());
        AppSettings settings = new AppSettings(prefs);
        // not installed: the window runs on Modena until the theme is switched, as the application's would
        theme = new ThemeManager(settings.darkTheme());
        workbench = new Workbench(stage, settings, theme, () -> SampleFixture.request(temp.resolve("sample")),
                DatasetSource.ENGINE, vm -> dialogs = new ScriptedDialogs(vm));
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void forget(FxRobot robot) throws BackingStoreException, TimeoutException {
        // the user agent sheet is the whole JVM's: later test classes expect plain Modena
        robot.interact(() -> Application.setUserAgentStylesheet(null));
        FxToolkit.cleanupStages();
        workbench.close();
        prefs.removeNode();
    }

    private WorkbenchViewModel vm() {
        return workbench.viewModel();
    }

    private EventStore store() {
        return vm().openedProperty().get().dataset().events();
    }

    private void openSample(FxRobot robot) throws TimeoutException {
        robot.interact(workbench::openSample);
        waitFor(() -> vm().selectionProperty().get().size() > 40_000);
        waitFor(() -> eventsTable(robot).getItems().size() == vm().selectionProperty().get().size());
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static Path authLog(Path file, int lines, String hostPrefix) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(String.format("Dec  1 10:%02d:%02d gw sshd[%d]: Failed password for root from %s.%d port 22 ssh2%n",
                    i / 60, i % 60, 900 + i, hostPrefix, 1 + i % 200));
        }
        return Files.writeString(file, text);
    }

    // 1. Ctrl+O

    @Test
    void ctrlOAsksForFilesAndOpensEveryFileChosen(FxRobot robot) throws Exception {
        Path first = authLog(temp.resolve("authlog-a"), 120, "203.0.113");
        Path second = authLog(temp.resolve("authlog-b"), 80, "198.51.100");
        dialogs.toOpen = List.of(first, second);
        robot.clickOn("#eventsTable");
        assertEquals(0, dialogs.openRequests);

        shortcut(robot, KeyCode.O);

        waitFor(() -> dialogs.openRequests == 1);
        waitFor(() -> !vm().loading().runningProperty().get() && store().size() == 200
                && eventsTable(robot).getItems().size() == 200);
        assertEquals(1, dialogs.openRequests, "one Ctrl+O, one question");
        assertEquals(2, store().files().size());
        EventStore store = store();
        long fromFirst = java.util.stream.IntStream.range(0, store.size())
                .filter(e -> store.ipText(e).startsWith("203.0.113.")).count();
        long fromSecond = java.util.stream.IntStream.range(0, store.size())
                .filter(e -> store.ipText(e).startsWith("198.51.100.")).count();
        assertEquals(120, fromFirst);
        assertEquals(80, fromSecond);
        assertTrue(vm().problems().isEmpty(), vm().problems().toString());
        assertEquals(List.of(first.toAbsolutePath().normalize(), second.toAbsolutePath().normalize()),
                new AppSettings(prefs).list().get(0), "the pair is offered under Open Recent");
    }

    @Test
    void ctrlOAnsweredWithNothingLeavesTheOpenedDataAlone(FxRobot robot) throws Exception {
        openSample(robot);
        int size = store().size();
        dialogs.toOpen = List.of();
        robot.clickOn(cell(robot, 0, "time"));

        shortcut(robot, KeyCode.O);

        waitFor(() -> dialogs.openRequests == 1);
        assertFalse(vm().loading().runningProperty().get());
        assertEquals(size, store().size());
        assertTrue(vm().sampleProperty().get());
    }

    // 2. Ctrl+F

    @Test
    void ctrlFPutsTheCursorInThePhraseFieldWithItsTextSelected(FxRobot robot) throws TimeoutException {
        openSample(robot);
        TextField phrase = robot.lookup("#phraseField").queryAs(TextField.class);
        robot.clickOn(phrase).write("troubles");
        waitFor(() -> vm().selectionProperty().get().filter().phrase().equals("troubles"));
        robot.clickOn(cell(robot, 0, "time"));
        waitFor(() -> !phrase.isFocused() && eventsTable(robot).isFocused());

        shortcut(robot, KeyCode.F);

        waitFor(phrase::isFocused);
        assertEquals("troubles", phrase.getSelectedText(), "the old phrase is selected, so typing replaces it");
        robot.write("really big troubles");
        waitFor(() -> vm().selectionProperty().get().filter().phrase().equals("really big troubles"));
        assertEquals("really big troubles", phrase.getText());
    }

    // 3. the column chooser

    @Test
    void aColumnHiddenWithTheTableMenuButtonIsLeftOutOfTheCsvExport(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("Hosts");
        @SuppressWarnings("unchecked")
        TableView<Integer> hosts = robot.lookup("#hosts-table").queryAs(TableView.class);
        waitFor(() -> !hosts.getItems().isEmpty() && hosts.getItems().size() == vm().reports().get(0).table().rows().size());
        List<String> before = hosts.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
        assertTrue(before.contains("sessions"), before.toString());

        robot.clickOn(robot.from(hosts).lookup(".show-hide-columns-button").queryAs(Node.class));
        Node sessionsItem = robot.lookup((Node n) -> n.getStyleClass().contains("check-menu-item") && n.isVisible()
                && n.lookupAll(".label").stream().anyMatch(l -> l instanceof Labeled t && "sessions".equals(t.getText())))
                .query();
        robot.clickOn(sessionsItem);

        waitFor(() -> hosts.getVisibleLeafColumns().stream().noneMatch(c -> c.getText().equals("sessions")));
        List<String> shown = hosts.getVisibleLeafColumns().stream().map(TableColumn::getText).toList();
        assertEquals(before.stream().filter(c -> !c.equals("sessions")).toList(), shown);
        waitFor(() -> new AppSettings(prefs).columnMemory("Hosts").layout().hidden().contains("sessions"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        dialogs.saveTo = temp.resolve("hosts-without-sessions.csv");
        robot.clickOn("File").clickOn("#menuExportCsv");
        waitFor(() -> Files.exists(dialogs.saveTo) && !dialogs.messages.isEmpty());

        List<String> lines = Files.readAllLines(dialogs.saveTo);
        assertEquals(String.join(",", shown), lines.get(0));
        assertEquals(vm().reports().get(0).table().rows().size() + 1, lines.size());
    }

    // 4. the theme

    @Test
    void theThemeToggleSwitchesToDarkAndTheNextStartRemembersIt(FxRobot robot) throws TimeoutException {
        assertFalse(new AppSettings(prefs).darkTheme());
        assertFalse(theme.darkProperty().get());

        robot.clickOn("View").clickOn("#menuTheme");

        waitFor(() -> theme.darkProperty().get());
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(new AppSettings(prefs).darkTheme(), "remembered in the settings");
        waitFor(() -> luminance(robot.lookup(".menu-bar").query()) < 0.5);

        // the next start reads the theme from the same settings, as TrapscopeApp.start does
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            workbench.close();
            Application.setUserAgentStylesheet(null);
            AppSettings settings = new AppSettings(prefs);
            theme = new ThemeManager(settings.darkTheme());
            theme.install();
            workbench = new Workbench(stage, settings, theme, () -> SampleFixture.request(temp.resolve("sample")),
                    DatasetSource.ENGINE, vm -> dialogs = new ScriptedDialogs(vm));
        });
        assertTrue(theme.darkProperty().get());
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());

        robot.clickOn("View").clickOn("#menuTheme");

        waitFor(() -> !theme.darkProperty().get());
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertFalse(new AppSettings(prefs).darkTheme());
        waitFor(() -> luminance(robot.lookup(".menu-bar").query()) > 0.5);
    }

    /** The brightness (0 black, 1 white) of a region's first background fill. */
    private static double luminance(Node node) {
        var background = ((javafx.scene.layout.Region) node).getBackground();
        if (background == null || background.getFills().isEmpty()
                || !(background.getFills().get(0).getFill() instanceof javafx.scene.paint.Color c)) {
            return Double.NaN;
        }
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    // 5. About

    @Test
    void helpAboutShowsTheVersionAndTheDataAttributions(FxRobot robot) throws TimeoutException {
        robot.clickOn("Help").clickOn("#menuAbout");

        waitFor(() -> aboutWindow(robot) != null);
        Window about = aboutWindow(robot);
        DialogPane pane = (DialogPane) about.getScene().getRoot();
        assertEquals("Trapscope " + Version.text(), pane.getHeaderText());
        String text = robot.from(pane).lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("ip-location-db, CC BY 4.0"), text);
        assertTrue(text.contains("ISC licence"), text);
        String attribution = robot.from(pane).lookup(".text-area").queryAs(TextArea.class).getText();
        assertFalse(attribution.isBlank());
        assertEquals(BundledSnapshot.attribution(), attribution);

        robot.clickOn((Button) pane.lookupButton(ButtonType.CLOSE));
        waitFor(() -> aboutWindow(robot) == null);
    }

    private static Window aboutWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s
                && "About Trapscope".equals(s.getTitle())).findFirst().orElse(null);
    }

    // 6. the timeline chart

    @SuppressWarnings("unchecked")
    private static XYChart<Number, Number> timelineChart(FxRobot robot) {
        return robot.lookup("#timelineChart").queryAs(XYChart.class);
    }

    private void showTimeline(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn("Timeline");
        waitFor(() -> !timelineChart(robot).getData().isEmpty());
    }

    @Test
    void draggingAcrossTheTimelineFiltersThatTimeRange(FxRobot robot) throws TimeoutException {
        showTimeline(robot);
        XYChart<Number, Number> chart = timelineChart(robot);
        ValueAxis<Number> axis = (ValueAxis<Number>) chart.getXAxis();
        Node plot = robot.from(chart).lookup(".chart-plot-background").query();
        Bounds box = plot.localToScreen(plot.getBoundsInLocal());
        double y = box.getCenterY();
        double startX = box.getMinX() + box.getWidth() * 0.3;
        double endX = box.getMinX() + box.getWidth() * 0.55;
        long expectedFrom = millisAt(axis, startX);
        long expectedTo = millisAt(axis, endX);
        double millisPerPixel = (expectedTo - expectedFrom) / (endX - startX);
        long firstSlotBefore = slotStarts(chart).get(0);

        robot.drag(startX, y, MouseButton.PRIMARY).moveTo(new Point2D((startX + endX) / 2, y))
                .moveTo(new Point2D(endX, y)).release(MouseButton.PRIMARY);

        waitFor(() -> vm().selectionProperty().get().filter().hasTimeRange());
        var filter = vm().selectionProperty().get().filter();
        assertEquals(expectedFrom, filter.fromMillis(), 2 * millisPerPixel);
        assertEquals(expectedTo, filter.toMillis(), 2 * millisPerPixel);
        EventStore store = store();
        int selected = vm().selectionProperty().get().size();
        assertTrue(selected > 0 && selected < store.size(), selected + " of " + store.size());
        for (int e : vm().selectionProperty().get().events().toArray()) {
            assertTrue(store.time(e) >= filter.fromMillis() && store.time(e) < filter.toMillis());
        }
        assertFalse(robot.lookup("#fromField").queryAs(TextField.class).getText().isEmpty());
        assertFalse(robot.lookup("#toField").queryAs(TextField.class).getText().isEmpty());
        // the chart redraws with the slots of the range chosen only
        waitFor(() -> !chart.getData().isEmpty() && slotStarts(chart).get(0) > firstSlotBefore);
        List<Long> slots = slotStarts(chart);
        long slotWidth = slots.size() > 1 ? slots.get(1) - slots.get(0) : 0;
        assertTrue(slots.get(0) >= filter.fromMillis() - slotWidth && slots.get(slots.size() - 1) < filter.toMillis(),
                slots.get(0) + ".." + slots.get(slots.size() - 1) + " for " + filter.fromMillis() + ".." + filter.toMillis());
    }

    /** The slot starts the chart draws, in time order. */
    private static List<Long> slotStarts(XYChart<Number, Number> chart) {
        return chart.getData().stream().flatMap(series -> series.getData().stream())
                .map(point -> point.getXValue().longValue()).distinct().sorted().toList();
    }

    private static long millisAt(ValueAxis<Number> axis, double screenX) {
        Point2D local = axis.screenToLocal(screenX, 0);
        return axis.getValueForDisplay(local.getX()).longValue();
    }

    @Test
    void hoveringATimelineSlotShowsItsFiguresInATooltip(FxRobot robot) throws TimeoutException {
        showTimeline(robot);
        XYChart<Number, Number> chart = timelineChart(robot);
        ValueAxis<Number> axis = (ValueAxis<Number>) chart.getXAxis();
        // per slot start, the count of each band as drawn
        Map<Long, Map<String, Long>> drawn = new TreeMap<>();
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            for (XYChart.Data<Number, Number> point : series.getData()) {
                drawn.computeIfAbsent(point.getXValue().longValue(), x -> new TreeMap<>())
                        .put(series.getName(), point.getYValue().longValue());
            }
        }
        List<Long> starts = new ArrayList<>(drawn.keySet());
        assertTrue(starts.size() > 2, starts.toString());
        long width = starts.get(1) - starts.get(0);
        long busiest = starts.stream().max((a, b) -> Long.compare(total(drawn.get(a)), total(drawn.get(b)))).orElseThrow();
        Node plot = robot.from(chart).lookup(".chart-plot-background").query();
        Bounds box = plot.localToScreen(plot.getBoundsInLocal());
        double x = axis.localToScreen(axis.getDisplayPosition(busiest + width / 2), 0).getX();

        robot.moveTo(new Point2D(x - 20, box.getCenterY())).moveTo(new Point2D(x, box.getCenterY()));

        // kept once seen: a tooltip hides by itself after a while
        java.util.concurrent.atomic.AtomicReference<Tooltip> seen = new java.util.concurrent.atomic.AtomicReference<>();
        waitFor(() -> {
            Tooltip showing = shownTooltip(robot);
            if (showing != null && !showing.getText().isEmpty()) {
                seen.compareAndSet(null, showing);
            }
            return seen.get() != null;
        });
        Tooltip tip = seen.get();
        String text = tip.getText();
        assertEquals(1.0, tip.getOpacity());
        java.time.ZoneId zone = vm().zone();
        String slot = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ROOT)
                .format(java.time.Instant.ofEpochMilli(busiest).atZone(zone));
        assertTrue(text.startsWith(slot + "  ("), text);
        EventStore store = store();
        long inSlot = java.util.Arrays.stream(vm().selectionProperty().get().events().toArray())
                .filter(e -> store.kind(e) != EventKind.UNPARSED && store.time(e) >= busiest && store.time(e) < busiest + width)
                .count();
        assertEquals(total(drawn.get(busiest)), inSlot);
        assertTrue(text.contains(String.format("%,d events", inSlot)), text);
        for (Map.Entry<String, Long> band : drawn.get(busiest).entrySet()) {
            if (band.getValue() > 0) {
                assertTrue(text.contains(String.format("  %s: %,d", band.getKey(), band.getValue())), text);
            }
        }
    }

    private static long total(Map<String, Long> bands) {
        return bands.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Tooltip shownTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Tooltip t && t.isShowing())
                .map(Tooltip.class::cast).findFirst().orElse(null);
    }

    // 7. the check-combos of the filter bar

    /** Checks the entry {@code text} of the open check-combo's list. */
    private static void check(FxRobot robot, String text) {
        ListCell<?> cell = robot.lookup((Node n) -> n instanceof ListCell<?> c && c.isVisible() && !c.isEmpty()
                && text.equals(c.getText()) && c.getGraphic() instanceof CheckBox).queryAs(ListCell.class);
        robot.clickOn(cell.getGraphic());
    }

    @Test
    void theCountryCheckComboNarrowsTheSelectionToTheHostsOfTheCheckedCountries(FxRobot robot)
            throws TimeoutException {
        openSample(robot);
        int total = vm().selectionProperty().get().size();
        List<String> countries = vm().openedProperty().get().countries();
        assertTrue(countries.size() >= 2, countries.toString());
        HostAttributes hosts = vm().openedProperty().get().index().hosts();
        EventStore store = store();
        String first = countries.get(0);
        String second = countries.get(1);

        robot.clickOn("#countryBox");
        check(robot, first);
        waitFor(() -> vm().selectionProperty().get().filter().countries().equals(Set.of(first)));
        int ofFirst = vm().selectionProperty().get().size();
        assertTrue(ofFirst > 0 && ofFirst < total, ofFirst + " of " + total);
        for (int e : vm().selectionProperty().get().events().toArray()) {
            assertEquals(first, hosts.country(store.ip(e)));
        }
        assertEquals(java.util.stream.IntStream.range(0, store.size())
                .filter(e -> first.equals(hosts.country(store.ip(e)))).count(), ofFirst);

        check(robot, second);
        waitFor(() -> vm().selectionProperty().get().filter().countries().equals(Set.of(first, second)));
        int ofBoth = vm().selectionProperty().get().size();
        assertTrue(ofBoth > ofFirst, ofBoth + " after " + ofFirst);
        for (int e : vm().selectionProperty().get().events().toArray()) {
            assertTrue(Set.of(first, second).contains(hosts.country(store.ip(e))));
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#filterDescription").queryLabeled().getText().contains(first),
                robot.lookup("#filterDescription").queryLabeled().getText());

        robot.clickOn("#clearFilterStatus");
        waitFor(() -> vm().selectionProperty().get().filter().isEmpty());
        assertEquals(total, vm().selectionProperty().get().size());
        assertTrue(robot.lookup("#countryBox").queryAs(org.controlsfx.control.CheckComboBox.class)
                .getCheckModel().getCheckedItems().isEmpty());
    }

    @Test
    void theKindsCheckComboNarrowsTheSelectionToTheCheckedKinds(FxRobot robot) throws TimeoutException {
        openSample(robot);
        int total = vm().selectionProperty().get().size();
        EventStore store = store();

        robot.clickOn("#kindBox");
        check(robot, EventKind.BLACK.label());
        waitFor(() -> vm().selectionProperty().get().filter().kinds().equals(Set.of(EventKind.BLACK)));
        int black = vm().selectionProperty().get().size();
        assertEquals(java.util.stream.IntStream.range(0, store.size()).filter(e -> store.kind(e) == EventKind.BLACK)
                .count(), black);
        assertTrue(black > 0 && black < total, black + " of " + total);

        check(robot, EventKind.SUBJECT.label());
        waitFor(() -> vm().selectionProperty().get().filter().kinds().equals(Set.of(EventKind.BLACK, EventKind.SUBJECT)));
        int both = vm().selectionProperty().get().size();
        assertEquals(java.util.stream.IntStream.range(0, store.size())
                .filter(e -> store.kind(e) == EventKind.BLACK || store.kind(e) == EventKind.SUBJECT).count(), both);
        assertTrue(both > black);
        for (int e : vm().selectionProperty().get().events().toArray()) {
            assertTrue(store.kind(e) == EventKind.BLACK || store.kind(e) == EventKind.SUBJECT, store.kind(e).label());
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitFor(() -> eventsTable(robot).getItems().size() == both);
    }
}
