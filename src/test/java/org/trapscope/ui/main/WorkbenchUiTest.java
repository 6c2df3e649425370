package org.trapscope.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trapscope.ui.main.EventsTableLookups.cell;
import static org.trapscope.ui.main.EventsTableLookups.eventsTable;
import static org.trapscope.ui.main.EventsTableLookups.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.ui.filter.TrapMembership;
import org.trapscope.ui.load.DatasetSource;
import org.trapscope.ui.prefs.AppSettings;

@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {
    @TempDir
    static Path temp;

    private Workbench workbench;
    private ScriptedDialogs dialogs;
    private Preferences prefs;

    @Start
    void start(Stage stage) {
        prefs = Preferences.userRoot().node("org/trapscope/test-" + UUID.randomUUID());
        workbench = new Workbench(stage, new AppSettings(prefs), null, () -> SampleFixture.request(temp.resolve("sample")),
                DatasetSource.ENGINE, vm -> dialogs = new ScriptedDialogs(vm));
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void forget() throws BackingStoreException, TimeoutException {
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

    @Test
    void aBadIpDataFileFromTheMenuIsAProblemAndOnlineLookupsAreSwitchedInTheViewMenu(FxRobot robot)
            throws Exception {
        openSample(robot);
        dialogs.ipData = Files.writeString(temp.resolve("broken.mmdb"), "not a MaxMind DB");
        robot.clickOn("File").clickOn("#menuImportIpData");
        waitFor(() -> vm().problems().stream().anyMatch(p -> p.contains("broken.mmdb")));
        assertTrue(robot.lookup("#problemsButton").query().isVisible());
        assertEquals(vm().selectionProperty().get().size(), eventsTable(robot).getItems().size());

        assertFalse(new AppSettings(prefs).onlineLookups());
        assertFalse(robot.lookup("#onlineWaiting").query().isVisible());
        robot.clickOn("View").clickOn("#menuOnlineLookups");
        waitFor(() -> new AppSettings(prefs).onlineLookups());
    }

    /** The header of the events table's column named {@code column}. */
    private static Node header(FxRobot robot, String column) {
        return robot.from(robot.lookup("#eventsTable")).lookup(".column-header")
                .match((Node n) -> n instanceof javafx.scene.control.skin.TableColumnHeader h
                        && h.getTableColumn() != null && h.getTableColumn().getText().equals(column)).query();
    }

    private static List<String> columnNames(TableView<Integer> table) {
        return table.getColumns().stream().map(c -> c.getText()).toList();
    }

    private static double width(TableView<Integer> table, String column) {
        return table.getColumns().stream().filter(c -> c.getText().equals(column)).findFirst().orElseThrow().getWidth();
    }

    @Test
    void columnWidthsAndOrderSetByDraggingComeBackAfterARestartUntilReset(FxRobot robot) throws TimeoutException {
        openSample(robot);
        TableView<Integer> table = eventsTable(robot);
        double ipWidth = width(table, "ip");
        javafx.geometry.Bounds ip = header(robot, "ip").localToScreen(header(robot, "ip").getBoundsInLocal());
        robot.drag(ip.getMaxX() - 1, ip.getCenterY(), MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0)
                .release(MouseButton.PRIMARY);
        javafx.geometry.Bounds kind = header(robot, "kind").localToScreen(header(robot, "kind").getBoundsInLocal());
        javafx.geometry.Bounds time = header(robot, "time").localToScreen(header(robot, "time").getBoundsInLocal());
        robot.drag(kind.getCenterX(), kind.getCenterY(), MouseButton.PRIMARY).moveTo(new javafx.geometry.Point2D(
                (kind.getCenterX() + time.getMinX()) / 2, time.getCenterY()))
                .moveTo(new javafx.geometry.Point2D(time.getMinX() + 5, time.getCenterY())).release(MouseButton.PRIMARY);
        double draggedWidth = width(table, "ip");
        assertEquals(ipWidth + 80, draggedWidth, 2);
        assertEquals("kind", columnNames(table).get(0));
        List<String> arranged = columnNames(table);
        waitFor(() -> new AppSettings(prefs).columnMemory("events").layout().widths().containsKey("ip"));

        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            workbench.close();
            workbench = new Workbench(stage, new AppSettings(prefs), null,
                    () -> SampleFixture.request(temp.resolve("sample")), DatasetSource.ENGINE, ScriptedDialogs::new);
        });
        openSample(robot);
        TableView<Integer> again = eventsTable(robot);
        assertEquals(arranged, columnNames(again));
        assertEquals(draggedWidth, width(again, "ip"), 0.5);

        robot.interact(() -> again.getColumns().get(0).getContextMenu().getItems().stream()
                .filter(item -> "resetColumns".equals(item.getId())).findFirst().orElseThrow().fire());
        assertEquals("time", columnNames(again).get(0));
        assertEquals(ipWidth, width(again, "ip"), 0.5);
        assertEquals(org.trapscope.ui.table.ColumnLayout.DEFAULT, new AppSettings(prefs).columnMemory("events").layout());
    }

    @Test
    void theSampleOpensMarkedAsSampleWithCountsInTheStatusBar(FxRobot robot) throws TimeoutException {
        openSample(robot);
        assertTrue(robot.lookup("#sampleBanner").query().isVisible());
        assertTrue(((Stage) robot.window(0)).getTitle().contains("sample data"));
        String counts = vm().countsProperty().get();
        assertTrue(counts.matches("[\\d,]+ events · [\\d,]+ hosts · .*"), counts);
    }

    @Test
    void clickingAHeaderSortsAndShiftClickAddsASecondKey(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn("kind");
        waitFor(() -> vm().events().sortKeys().size() == 1);
        TableView<Integer> table = eventsTable(robot);
        var report = vm().events().table();
        assertEquals("auth-failure", report.text(table.getItems().get(0), 4));

        robot.press(KeyCode.SHIFT).clickOn("ip").release(KeyCode.SHIFT);
        waitFor(() -> vm().events().sortKeys().size() == 2);
        assertEquals(List.of(4, 3), vm().events().sortKeys().stream().map(k -> k.column()).toList());
    }

    @Test
    void typingAPhraseFiltersTheTableAfterAPause(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn("#phraseField").write("really big troubles");
        waitFor(() -> vm().selectionProperty().get().filter().phrase().equals("really big troubles"));
        TableView<Integer> table = eventsTable(robot);
        assertEquals(vm().selectionProperty().get().size(), table.getItems().size());
        EventStore store = store();
        for (int e : vm().selectionProperty().get().events().toArray()) {
            assertEquals(EventKind.SUBJECT, store.kind(e));
        }
        assertTrue(robot.lookup("#filterDescription").queryLabeled().getText().contains("really big troubles"));

        robot.clickOn("#clearFilterStatus");
        waitFor(() -> vm().selectionProperty().get().filter().isEmpty());
        assertEquals("", robot.lookup("#phraseField").queryAs(TextField.class).getText());
    }

    @Test
    void anAddressAndTheSpamtrapChoiceNarrowTheSelection(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn("#addressField").write("110.253.167.246");
        waitFor(() -> vm().selectionProperty().get().size() == 10);

        robot.clickOn("#clearFilterStatus");
        waitFor(() -> vm().selectionProperty().get().filter().isEmpty());
        int total = vm().selectionProperty().get().size();
        robot.clickOn("#spamtrapBox").clickOn("yes");
        waitFor(() -> vm().selectionProperty().get().filter().spamtraps() == TrapMembership.YES);
        int traps = vm().selectionProperty().get().size();
        assertTrue(traps > 0 && traps < total, traps + " of " + total);
    }

    @Test
    void showAllActivityOfAHostFromTheCellMenu(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn("#phraseField").write("really big troubles");
        waitFor(() -> vm().selectionProperty().get().filter().phrase().equals("really big troubles"));
        TableView<Integer> table = eventsTable(robot);
        String host = vm().events().table().text(table.getItems().get(0), 3);

        robot.clickOn(cell(robot, 0, "ip"), MouseButton.SECONDARY);
        robot.clickOn("Show all activity of this host");

        waitFor(() -> vm().selectionProperty().get().filter().addresses().equals(host));
        assertEquals(host, robot.lookup("#addressField").queryAs(TextField.class).getText());
        assertEquals("", robot.lookup("#phraseField").queryAs(TextField.class).getText());
        EventStore store = store();
        for (int e : vm().selectionProperty().get().events().toArray()) {
            assertEquals(host, store.ipText(e));
        }
    }

    @Test
    void excludingAUserNameFromItsCellShowsInTheFilterBarWhichRemovesItInOneClick(FxRobot robot)
            throws TimeoutException {
        openSample(robot);
        int total = vm().selectionProperty().get().size();
        String user = vm().events().table().text(eventsTable(robot).getItems().get(0), 5);
        assertFalse(robot.lookup("#cellConditions").query().isVisible());

        robot.clickOn(cell(robot, 0, "user"), MouseButton.SECONDARY);
        robot.clickOn("#excludeValue");

        waitFor(() -> vm().selectionProperty().get().filter().excludedValues().equals(java.util.Set.of(user)));
        assertTrue(vm().selectionProperty().get().size() < total);
        javafx.scene.control.Button chip = robot.lookup("#cellConditions").queryButton();
        assertTrue(chip.isVisible() && chip.getText().contains("not \"" + user + "\""), chip.getText());

        robot.clickOn(chip);
        waitFor(() -> vm().selectionProperty().get().filter().isEmpty());
        assertEquals(total, vm().selectionProperty().get().size());
        assertFalse(robot.lookup("#cellConditions").query().isVisible());
    }

    @Test
    void doubleClickingAHostShowsAllItsActivityInTheEventsTable(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn("#phraseField").write("really big troubles");
        waitFor(() -> vm().selectionProperty().get().filter().phrase().equals("really big troubles"));
        robot.clickOn("Hosts");
        @SuppressWarnings("unchecked")
        TableView<Integer> hosts = robot.lookup("#hosts-table").queryAs(TableView.class);
        waitFor(() -> hosts.getItems().size() == 154);
        String host = vm().reports().get(0).table().table().text(hosts.getItems().get(0), 0);

        robot.doubleClickOn(robot.from(robot.lookup("#hosts-table")).lookup((Node n) -> n instanceof TableCell<?, ?> c
                && c.isVisible() && c.getIndex() == 0 && c.getTableColumn().getText().equals("ip")).queryAs(Node.class));

        waitFor(() -> vm().selectionProperty().get().filter().addresses().equals(host));
        assertTrue(robot.lookup("#eventsTable").query().isVisible());
        assertTrue(vm().selectionProperty().get().size() > 1);
    }

    @Test
    void theRawExtractOfTheFilteredEventsHoldsTheirOriginalLines(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("#addressField").write("110.253.167.246");
        waitFor(() -> vm().selectionProperty().get().size() == 10);
        dialogs.saveTo = temp.resolve("extract.log");

        robot.clickOn("File").clickOn("#menuExportRaw");
        waitFor(() -> Files.exists(temp.resolve("extract.log")) && !dialogs.messages.isEmpty());

        List<String> lines = Files.readAllLines(temp.resolve("extract.log"));
        assertEquals(10, lines.size());
        for (String line : lines) {
            assertTrue(line.contains("spamd[") && line.contains("110.253.167.246"), line);
        }
    }

    @Test
    void theRawLinesOfSelectedEventsExportInTimeOrder(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn(cell(robot, 4, "time"));
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, 1, "time")).release(KeyCode.CONTROL);
        waitFor(() -> eventsTable(robot).getSelectionModel().getSelectedIndices().size() == 2);
        dialogs.saveTo = temp.resolve("selected.log");

        robot.clickOn("File").clickOn("#menuExportRawSelected");
        waitFor(() -> Files.exists(temp.resolve("selected.log")) && !dialogs.messages.isEmpty());

        var raw = vm().openedProperty().get().raw();
        assertEquals(List.of(raw.line(1), raw.line(4)), Files.readAllLines(temp.resolve("selected.log")));
    }

    @Test
    void aDroppedScamMessageFiltersOnItsSubject(FxRobot robot) throws Exception {
        openSample(robot);
        Path eml = temp.resolve("scam.eml");
        Files.writeString(eml, String.join("\r\n",
                "Received: from mail.example ([110.253.167.246]) by mx.bsdly.net",
                "Subject: You are in really big troubles therefore, you much better read this message",
                "",
                "body"));
        robot.interact(() -> workbench.openPaths(List.of(eml)));

        waitFor(() -> vm().selectionProperty().get().filter().phrase().startsWith("You are in really big troubles"));
        assertEquals(154, vm().selectionProperty().get().counts().hosts());
        assertTrue(vm().messageProperty().get().contains("110.253.167.246"), vm().messageProperty().get());
    }

    @Test
    void theHostsViewExportsAsCsvWithExactlyTheShownRowsColumnsAndOrder(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("#phraseField").write("really big troubles");
        waitFor(() -> vm().selectionProperty().get().filter().phrase().equals("really big troubles"));
        robot.clickOn("Hosts");
        @SuppressWarnings("unchecked")
        TableView<Integer> hosts = robot.lookup("#hosts-table").queryAs(TableView.class);
        waitFor(() -> hosts.getItems().size() == 154);
        robot.clickOn(robot.from(hosts).lookup(".column-header").lookup("events").queryLabeled());
        waitFor(() -> vm().reports().get(0).table().sortKeys().size() == 1);
        robot.interact(() -> hosts.getColumns().stream().filter(c -> c.getText().equals("as_org"))
                .forEach(c -> c.setVisible(false)));
        dialogs.saveTo = temp.resolve("hosts.csv");

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitFor(() -> Files.exists(temp.resolve("hosts.csv")) && !dialogs.messages.isEmpty());

        List<String> lines = Files.readAllLines(temp.resolve("hosts.csv"));
        assertEquals(155, lines.size());
        String header = lines.get(0);
        assertTrue(header.startsWith("ip,events,") && !header.contains("as_org"), header);
        long previous = Long.MIN_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            long events = Long.parseLong(line.split(",")[1]);
            assertTrue(events >= previous, line);
            previous = events;
        }
        var report = vm().reports().get(0).table();
        assertTrue(lines.get(1).startsWith(report.table().text(report.rows().at(0), 0) + ","), lines.get(1));
    }

    @Test
    void selectedHostsExportAsAPfTable(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("#phraseField").write("really big troubles");
        waitFor(() -> vm().selectionProperty().get().filter().phrase().equals("really big troubles"));
        robot.clickOn("Hosts");
        @SuppressWarnings("unchecked")
        TableView<Integer> hosts = robot.lookup("#hosts-table").queryAs(TableView.class);
        waitFor(() -> hosts.getItems().size() == 154);
        robot.interact(() -> hosts.getSelectionModel().selectRange(0, 5));
        dialogs.saveTo = temp.resolve("spammers.txt");

        robot.clickOn("File").clickOn("#menuExportPf");
        waitFor(() -> Files.exists(temp.resolve("spammers.txt")) && !dialogs.messages.isEmpty());

        List<String> lines = Files.readAllLines(temp.resolve("spammers.txt"));
        assertEquals(5, lines.size());
        var report = vm().reports().get(0).table();
        for (int i = 0; i < 5; i++) {
            assertEquals(report.table().text(report.rows().at(i), 0), lines.get(i));
        }
    }

    @Test
    void draggingAcrossTheTrapCountChartFiltersThatTimeRange(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn("Trapped hosts");
        Node plot = robot.lookup("#trapCountsChart .chart-plot-background").query();
        javafx.geometry.Bounds box = plot.localToScreen(plot.getBoundsInLocal());
        double y = box.getCenterY();
        robot.drag(box.getMinX() + box.getWidth() * 0.4, y, MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(box.getMinX() + box.getWidth() * 0.6, y)).release(MouseButton.PRIMARY);

        waitFor(() -> vm().selectionProperty().get().filter().hasTimeRange());
        var filter = vm().selectionProperty().get().filter();
        assertTrue(filter.fromMillis() < filter.toMillis());
        int total = store().size();
        assertTrue(vm().selectionProperty().get().size() > 0 && vm().selectionProperty().get().size() < total);
        EventStore store = store();
        for (int e : vm().selectionProperty().get().events().toArray()) {
            assertTrue(store.time(e) >= filter.fromMillis() && store.time(e) < filter.toMillis());
        }
        assertFalse(robot.lookup("#fromField").queryAs(TextField.class).getText().isEmpty());
    }

    @Test
    void theTimelineChartSavesAsPng(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("Timeline");
        waitFor(() -> !robot.lookup("#timelineChart").queryAs(javafx.scene.chart.XYChart.class).getData().isEmpty());
        dialogs.saveTo = temp.resolve("timeline.png");

        robot.clickOn("File").clickOn("#menuExportPng");
        waitFor(() -> Files.exists(temp.resolve("timeline.png")) && !dialogs.messages.isEmpty());

        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(temp.resolve("timeline.png").toFile());
        assertTrue(image.getWidth() > 400 && image.getHeight() > 200, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsTabSeparatedText(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn(cell(robot, 0, "time"));
        robot.press(KeyCode.SHIFT).clickOn(cell(robot, 2, "time")).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);

        String copied = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        String[] lines = copied.split("\r?\n");
        assertEquals(4, lines.length);
        assertTrue(lines[0].startsWith("time\tlog_host\tprogram\tip\tkind"), lines[0]);
        assertTrue(lines[1].startsWith("2022-11-17 00:00:16\t"), lines[1]);
    }

    @Test
    void unreadableFilesAreListedInTheProblemsWindowNotThrownAtTheUser(FxRobot robot) throws Exception {
        Path binary = temp.resolve("broken.gz");
        Files.write(binary, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        robot.interact(() -> workbench.openPaths(List.of(temp.resolve("missing.log"), binary)));
        waitFor(() -> !vm().problems().isEmpty() && !vm().loading().runningProperty().get());
        waitFor(() -> robot.lookup("#problemsButton").query().isVisible());

        robot.clickOn("#problemsButton");
        waitFor(() -> robot.lookup("#problemList").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> list = robot.lookup("#problemList").queryAs(javafx.scene.control.ListView.class);
        assertTrue(list.getItems().stream().anyMatch(p -> p.contains("missing.log")), list.getItems().toString());
        assertTrue(list.getItems().stream().anyMatch(p -> p.contains("broken.gz")), list.getItems().toString());
    }

    /**
     * Logs opened while a filter is being cleared on another view replace every row: the events
     * table once kept showing the sample's first rows under the new data's counts and raw lines.
     * Without a spamtrap list among them, the "In spamtraps" choice is switched off.
     */
    @Test
    void logsOpenedOverAFilteredSampleShowTheirOwnEvents(FxRobot robot) throws Exception {
        openSample(robot);
        assertFalse(robot.lookup("#spamtrapBox").query().isDisabled(), "the sample has a spamtrap list");
        robot.clickOn("#phraseField").write("really big troubles");
        waitFor(() -> vm().selectionProperty().get().filter().phrase().equals("really big troubles"));
        robot.clickOn("Hosts");
        Path authlog = temp.resolve("authlog-other");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            lines.append(String.format("Dec  1 10:%02d:%02d gw sshd[%d]: Failed password for root from 203.0.113.%d port 22 ssh2%n",
                    i / 60, i % 60, 900 + i, 1 + i % 200));
        }
        Files.writeString(authlog, lines);
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> {
            vm().clearFilter();
            tabs.getSelectionModel().select(0);
            workbench.openPaths(List.of(authlog));
        });
        waitFor(() -> store().size() == 200 && vm().selectionProperty().get().size() == 200
                && eventsTable(robot).getItems().size() == 200);
        assertEquals("203.0.113.1", cell(robot, 0, "ip").getText());
        assertEquals("gw", cell(robot, 0, "log_host").getText());
        assertTrue(robot.lookup("#spamtrapBox").query().isDisabled(), "no spamtraps opened");
    }

    @Test
    void aTimeCellFiltersItsHour(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn(cell(robot, 0, "time"), MouseButton.SECONDARY);
        robot.clickOn("Filter on this hour");

        waitFor(() -> vm().selectionProperty().get().filter().hasTimeRange());
        var filter = vm().selectionProperty().get().filter();
        assertEquals(3_600_000L, filter.toMillis() - filter.fromMillis());
        assertEquals("2022-11-17 00:00", robot.lookup("#fromField").queryAs(TextField.class).getText());
        assertEquals("2022-11-17 01:00", robot.lookup("#toField").queryAs(TextField.class).getText());
    }

    @Test
    void selectingAnEventShowsItsOriginalLine(FxRobot robot) throws TimeoutException {
        openSample(robot);
        robot.clickOn(cell(robot, 0, "time"));
        waitFor(() -> !robot.lookup("#rawLine").queryAs(TextField.class).getText().isEmpty());
        String raw = robot.lookup("#rawLine").queryAs(TextField.class).getText();
        assertTrue(raw.startsWith("Nov 17 00:0"), raw);
    }

    @Test
    void aLoadCanBeCancelledAndLeavesTheWindowAsItWas(FxRobot robot) throws TimeoutException {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        DatasetSource waitsForCancel = (paths, options, progress, cancellation) -> {
            started.countDown();
            while (true) {
                progress.update(1, 100, 5);
                cancellation.check();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        Stage stage = (Stage) robot.window(0);
        robot.interact(() -> {
            workbench.close();
            workbench = new Workbench(stage, new AppSettings(prefs), null,
                    () -> SampleFixture.request(temp.resolve("sample")), waitsForCancel, vm -> new ScriptedDialogs(vm));
        });
        robot.interact(workbench::openSample);
        waitFor(() -> started.getCount() == 0 && vm().loading().runningProperty().get());
        waitFor(() -> robot.lookup("#cancelLoad").tryQuery().map(n -> n.isVisible()).orElse(false));

        robot.clickOn("#cancelLoad");

        waitFor(() -> !vm().loading().runningProperty().get());
        assertEquals(0, store().size());
        assertFalse(vm().sampleProperty().get());
        assertTrue(vm().problems().isEmpty());
    }
}
