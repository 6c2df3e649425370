package org.trapscope.ui;

// Run (from the repository root, after ./mvnw -o test-compile), under Xvfb with real GTK rendering:
//
//   ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
//   xvfb-run -a -s "-screen 0 1400x900x24" java -Xmx12g \
//       -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
//       org.trapscope.ui.WorkbenchScaleBenchmark CORPUS/spamd CORPUS/spamdb.txt
//
// The corpus of the figures in the issue: python3 ../shared/tools/genlogs.py DIR --spamd-mb 1000 --plain --seed 7
// (10,905,339 events). Optional: -Dbench.phrase="..." (a subject of the corpus), -Dbench.rounds=2
// (repeats the filter, tab and sort steps; the first round also warms the JIT up), -Dbench.snapshot=FILE.png
// (a picture of the window as opened).

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.CheckComboBox;
import org.trapscope.load.LoadOptions;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.ui.filter.TrapMembership;
import org.trapscope.ui.load.DatasetSource;
import org.trapscope.ui.main.ReportPane;
import org.trapscope.ui.main.Workbench;
import org.trapscope.ui.main.WorkbenchViewModel;
import org.trapscope.ui.prefs.AppSettings;
import org.trapscope.ui.prefs.WindowBounds;
import org.trapscope.ui.table.ReportTableView;
import org.trapscope.ui.theme.ThemeManager;

/**
 * Times the real workbench window (the application's Workbench, stage, scene and theme) on a big
 * corpus, step by step as a user would go: open, filter by each field of the filter bar, switch to
 * each tab, sort big tables, scroll. Each step is timed from the user's action until the window
 * shows its result (rows in the table, counts in the status bar, nothing busy), and the longest
 * stall of the FX thread during the step is reported with the code it was in: a smooth window
 * never stalls for more than about 100 ms. Not a test: a main class (see the command above).
 */
public final class WorkbenchScaleBenchmark {
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 860;
    private static final long TYPING_MILLIS = 60;
    private static final int TIMEOUT_SECONDS = Integer.getInteger("bench.timeout", 300);

    private final List<Path> corpus;
    private final String phrase;
    private final List<String[]> results = new ArrayList<>();
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, ReportTableView> tables = new HashMap<>();
    private Stage stage;
    private Workbench workbench;
    private Preferences prefs;
    private FxStallMonitor monitor;

    private WorkbenchScaleBenchmark(List<Path> corpus, String phrase) {
        this.corpus = corpus;
        this.phrase = phrase;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: WorkbenchScaleBenchmark FILE... (logs, spamdb dumps, trap lists)");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            files.add(Path.of(arg));
        }
        String phrase = System.getProperty("bench.phrase", "You are in really big troubles");
        int rounds = Integer.getInteger("bench.rounds", 1);
        WorkbenchScaleBenchmark bench = new WorkbenchScaleBenchmark(files, phrase);
        int code = 0;
        try {
            bench.run(rounds);
        } catch (Throwable e) {
            e.printStackTrace();
            code = 1;
        } finally {
            bench.print();
            bench.close();
        }
        System.exit(code);
    }

    private void run(int rounds) throws Exception {
        Platform.setImplicitExit(false);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        fx(() -> {
            // a throw-away preferences node: the user's window size, columns and recent files stay untouched
            prefs = Preferences.userRoot().node("org/trapscope/bench-" + UUID.randomUUID());
            AppSettings settings = new AppSettings(prefs);
            settings.setWindowBounds(new WindowBounds(20, 20, WIDTH, HEIGHT, false));
            ThemeManager theme = new ThemeManager(false);
            theme.install();
            stage = new Stage();
            workbench = new Workbench(stage, settings, theme, () -> {
                throw new IllegalStateException("the benchmark opens its own corpus");
            }, DatasetSource.ENGINE, null);
            ThemeManager.style(stage.getScene());
            stage.show();
            monitor = new FxStallMonitor();
            return null;
        });
        Thread.sleep(1000);

        open();
        fx(() -> {
            System.out.println("opened: " + vm().countsProperty().get());
            return null;
        });
        String snapshot = System.getProperty("bench.snapshot");
        if (snapshot != null) {
            snapshot(Path.of(snapshot));
        }
        for (int round = 1; round <= rounds; round++) {
            String r = rounds > 1 ? "[" + round + "] " : "";
            filters(r);
            tabs(r);
            sorts(r);
        }
    }

    // ---------------------------------------------------------------- the steps

    /** Opens the corpus; besides the whole step, the moments loading ended and the data was indexed. */
    private void open() throws Exception {
        monitor.reset();
        long start = System.nanoTime();
        fx(() -> {
            workbench.open(corpus, LoadOptions.defaults());
            return null;
        });
        long loaded = 0;
        long indexed = 0;
        while (!fx(this::eventsShown)) {
            if (loaded == 0 && !fx(() -> vm().loading().runningProperty().get())) {
                loaded = System.nanoTime();
            }
            if (indexed == 0 && fx(() -> vm().openedProperty().get().dataset().events().size() > 0)) {
                indexed = System.nanoTime();
            }
            Thread.sleep(10);
        }
        record("open " + corpus.size() + " file(s)", start, start);
        System.out.printf(Locale.ROOT, "  loaded after %,d ms, indexed and looked up after %,d ms%n",
                (loaded - start) / 1_000_000, (indexed - start) / 1_000_000);
    }

    private void filters(String round) throws Exception {
        typePhrase(round);
        step(round + "filter: campaign box", () -> ((CheckBox) lookup("#campaignBox")).setSelected(true), this::eventsShown);
        clear(round);
        String network = fx(this::networkOfFirstHost);
        step(round + "filter: IP " + network, () -> ((TextField) lookup("#addressField")).setText(network),
                this::eventsShown);
        clear(round);
        String country = fx(() -> vm().openedProperty().get().countries().contains("CN") ? "CN"
                : vm().openedProperty().get().countries().get(0));
        step(round + "filter: country " + country, () -> countryBox().getCheckModel().check(country), this::eventsShown);
        clear(round);
        step(round + "filter: in spamtraps yes", () -> spamtrapBox().setValue(TrapMembership.YES), this::eventsShown);
        clear(round);
        step(round + "filter: kind grey", () -> kindBox().getCheckModel().check(EventKind.GREY), this::eventsShown);
        clear(round);
        long[] day = fx(this::busiestDay);
        step(round + "filter: time range (one day)", () -> vm().filterProperty().set(
                vm().filterProperty().get().withTimeRange(day[0], day[1])), this::eventsShown);
        clear(round);
    }

    /** Types the phrase a key at a time, as fast as a quick typist; timed until the last key's result shows. */
    private void typePhrase(String round) throws Exception {
        monitor.reset();
        long start = System.nanoTime();
        for (int i = 1; i <= phrase.length(); i++) {
            String typed = phrase.substring(0, i);
            fx(() -> {
                ((TextField) lookup("#phraseField")).setText(typed);
                return null;
            });
            Thread.sleep(TYPING_MILLIS);
        }
        long lastKey = System.nanoTime();
        waitUntil(this::eventsShown);
        record(round + "filter: type phrase (" + phrase.length() + " keys; from last key)", lastKey, start);
    }

    private void clear(String round) throws Exception {
        step(round + "  clear filter", () -> ((Button) lookup("#clearFilter")).fire(), this::eventsShown);
    }

    private void tabs(String round) throws Exception {
        for (Tab tab : fx(() -> List.copyOf(tabs().getTabs()))) {
            if (tab.getId() != null && tab.getId().equals("eventsTab")) {
                continue;
            }
            step(round + "tab: " + tab.getText(), () -> tabs().getSelectionModel().select(tab), this::tabShown);
        }
        step(round + "tab: Hosts again", () -> tabs().getSelectionModel().select(tab("Hosts")), this::tabShown);
        step(round + "filter on Hosts: kind grey", () -> kindBox().getCheckModel().check(EventKind.GREY),
                this::tabShown);
        step(round + "  clear filter on Hosts", () -> ((Button) lookup("#clearFilter")).fire(), this::tabShown);
        step(round + "tab: Events", () -> tabs().getSelectionModel().select(tab("Events")), this::eventsShown);
    }

    private void sorts(String round) throws Exception {
        sortStep(round, "Events", "ip", false);
        sortStep(round, "Events", "text", false);
        sortStep(round, "Events", "time", true);
        scrollEvents(round);
        wheelEvents(round);
        step(round + "events: last page", () -> vm().events().showPageAt(Integer.MAX_VALUE), this::eventsShown);
        wheelEvents(round);
        step(round + "events: first page", () -> vm().events().showPageAt(0), this::eventsShown);
        step(round + "tab: Host–user pairs", () -> tabs().getSelectionModel().select(tab("Host–user pairs")),
                this::tabShown);
        sortStep(round, "Host–user pairs", "user", false);
        sortStep(round, "Host–user pairs", "ip", false);
        step(round + "tab: Hosts", () -> tabs().getSelectionModel().select(tab("Hosts")), this::tabShown);
        sortStep(round, "Hosts", "events", true);
        step(round + "tab: Events", () -> tabs().getSelectionModel().select(tab("Events")), this::eventsShown);
        // a filter made on another tab while the events are in an order that is slow to make
        sortStep(round, "Events", "ip", false);
        step(round + "tab: Hosts", () -> tabs().getSelectionModel().select(tab("Hosts")), this::tabShown);
        step(round + "filter on Hosts, events sorted by ip: kind grey",
                () -> kindBox().getCheckModel().check(EventKind.GREY), this::tabShown);
        step(round + "  clear filter on Hosts", () -> ((Button) lookup("#clearFilter")).fire(), this::tabShown);
        step(round + "tab: Events", () -> tabs().getSelectionModel().select(tab("Events")), this::eventsShown);
    }

    /** Sorts as a header click does: the column becomes the only sort key. */
    private void sortStep(String round, String tab, String column, boolean descending) throws Exception {
        step(round + "sort " + tab + " by " + column + (descending ? " desc" : ""), () -> {
            ReportTableView table = table(tab);
            TableColumn<Integer, ?> key = table.getColumns().stream().filter(c -> c.getText().equals(column))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no column " + column));
            key.setSortType(descending ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(key));
        }, tab.equals("Events") ? this::eventsShown : this::tabShown);
    }

    /** Jumps through the events table (the rows it is given) in ten steps, a few pulses apart, as dragging the scroll bar does. */
    private void scrollEvents(String round) throws Exception {
        monitor.reset();
        long start = System.nanoTime();
        int rows = fx(() -> table("Events").getItems().size());
        for (int i = 0; i <= 10; i++) {
            int row = Math.max(0, Math.min(rows - 1, (int) ((long) rows * i / 10)));
            fx(() -> {
                table("Events").scrollTo(row);
                return null;
            });
            Thread.sleep(50);
        }
        waitUntil(this::eventsShown);
        record(round + "scroll events table end to end (11 jumps)", start, start);
    }

    /** Turns the mouse wheel ten notches (three rows each) down, with the table (the rows it is given) scrolled to its middle. */
    private void wheelEvents(String round) throws Exception {
        fx(() -> {
            table("Events").scrollTo(table("Events").getItems().size() / 2);
            return null;
        });
        Thread.sleep(500);
        monitor.reset();
        long start = System.nanoTime();
        VirtualFlow<?> flow = fx(() -> (VirtualFlow<?>) table("Events").lookup(".virtual-flow"));
        for (int i = 0; i < 10; i++) {
            fx(() -> flow.scrollPixels(3 * 26));
            Thread.sleep(50);
        }
        waitUntil(this::eventsShown);
        record(round + "mouse wheel in the middle of the events (10 notches)", start, start);
    }

    // ---------------------------------------------------------------- when a step is done

    /** Every event of the filter in the events table, the counts in the status bar, nothing left to do. */
    private boolean eventsShown() {
        var selection = vm().selectionProperty().get();
        return !vm().loading().runningProperty().get()
                && vm().messageProperty().get().isEmpty()
                && selection.data() == vm().openedProperty().get()
                && selection.data().dataset().events().size() > 0
                && selection.filter().equals(vm().filterProperty().get())
                && !vm().busyBinding().get()
                && vm().events().rows().size() == selection.size()
                && table("Events").getItems().size() == vm().events().page().size()
                && !vm().countsProperty().get().equals("Nothing opened");
    }

    /** The filter applied, and the tab on screen filled and sorted; the timeline's chart drawn. */
    private boolean tabShown() {
        var selection = vm().selectionProperty().get();
        Tab tab = tabs().getSelectionModel().getSelectedItem();
        if (!selection.filter().equals(vm().filterProperty().get()) || vm().busyBinding().get()) {
            return false;
        }
        if (tab.getUserData() instanceof ReportPane pane) {
            ReportTableView table = table(tab.getText());
            boolean filled = table.getItems().size() == pane.table().page().size() && table.getColumns().size() > 0;
            if (!filled) {
                return false;
            }
        }
        if (!"timelineTab".equals(tab.getId())) {
            return true;
        }
        XYChart<?, ?> chart = (XYChart<?, ?>) tab.getContent().lookup(".chart");
        return !chart.getData().isEmpty() || selection.size() == 0;
    }

    // ---------------------------------------------------------------- corpus facts

    /** The /16 of the first event's host, so the IP filter selects a realistic share. */
    private String networkOfFirstHost() {
        ReportTableView events = table("Events");
        int column = events.report().columnIndex("ip");
        for (int row = 0; row < events.report().rowCount(); row++) {
            String ip = events.report().text(row, column);
            if (!ip.isEmpty() && ip.indexOf(':') < 0) {
                String[] octets = ip.split("\\.");
                return octets[0] + "." + octets[1] + ".0.0/16";
            }
        }
        return "10.0.0.0/8";
    }

    /** One whole day in the middle of the data. */
    private long[] busiestDay() {
        EventStore store = vm().openedProperty().get().dataset().events();
        long middle = store.time(store.size() / 2);
        long day = 86_400_000L;
        long start = Math.floorDiv(middle, day) * day;
        return new long[] {start, start + day};
    }

    // ---------------------------------------------------------------- timing

    private void step(String name, Runnable action, Callable<Boolean> done) throws Exception {
        monitor.reset();
        long start = System.nanoTime();
        fx(() -> {
            action.run();
            return null;
        });
        waitUntil(done);
        record(name, start, start);
    }

    /** Records a finished step: the time from {@code timedFrom}, the stalls since {@code stallsFrom}. */
    private void record(String name, long timedFrom, long stallsFrom) {
        long millis = (System.nanoTime() - timedFrom) / 1_000_000;
        long stall = monitor.longestStallMillis();
        long gc = monitor.gcMillisSinceReset();
        List<String> culprits = monitor.stallCulprits(3);
        String[] row = {name, String.valueOf(millis), String.valueOf(stall), String.valueOf(gc),
                String.join(" | ", culprits)};
        results.add(row);
        System.out.printf(Locale.ROOT, "%-55s %8s ms  stall %6s ms  gc %5s ms  %s%n", (Object[]) row);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        // let the action's own runLater calls go first
        fx(() -> null);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out; " + fx(this::state));
            }
            Thread.sleep(10);
        }
    }

    /** What the window is still waiting for, when a step times out. */
    private String state() {
        StringBuilder sb = new StringBuilder("busy=" + vm().busyBinding().get() + " message='"
                + vm().messageProperty().get() + "' filter=" + vm().filterProperty().get().describe(vm().zone())
                + " selected=" + vm().selectionProperty().get().filter().describe(vm().zone())
                + " events sorting=" + vm().events().sortingProperty().get());
        for (ReportPane pane : vm().reports()) {
            sb.append(" ").append(pane.title()).append(" sorting=").append(pane.table().sortingProperty().get())
                    .append(" rows=").append(pane.table().rows().size());
        }
        Tab tab = tabs().getSelectionModel().getSelectedItem();
        ReportTableView shown = table(tab.getText());
        sb.append(" on screen: ").append(tab.getText()).append(" items=").append(shown.getItems().size())
                .append(" columns=").append(shown.getColumns().size());
        return sb.toString();
    }

    private void print() {
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-55s | %9s | %14s | %7s | %s%n", "step", "time (ms)", "max stall (ms)",
                "gc (ms)", "FX thread during stalls (sampled)");
        System.out.println("|---|---:|---:|---:|---|");
        for (String[] row : results) {
            System.out.printf(Locale.ROOT, "| %-55s | %9s | %14s | %7s | %s%n", (Object[]) row);
        }
    }

    // ---------------------------------------------------------------- driving the window

    /** A picture of the window as opened, to see what the figures were measured on. */
    private void snapshot(Path file) throws Exception {
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, width, height, argb, 0, width);
        ImageIO.write(rgb, "png", file.toFile());
    }

    private WorkbenchViewModel vm() {
        return workbench.viewModel();
    }

    /** Looks a node up once: scene lookups walk the whole scene graph, which would load the FX thread being measured. */
    private Node lookup(String selector) {
        Node node = nodes.computeIfAbsent(selector, s -> stage.getScene().lookup(s));
        if (node == null) {
            throw new IllegalStateException("not in the window: " + selector);
        }
        return node;
    }

    private TabPane tabs() {
        return (TabPane) lookup(".tab-pane");
    }

    private Tab tab(String title) {
        return tabs().getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no tab " + title));
    }

    private ReportTableView table(String tabTitle) {
        return tables.computeIfAbsent(tabTitle, title -> {
            Node content = tab(title).getContent();
            if (content instanceof ReportTableView table) {
                return table;
            }
            return (ReportTableView) content.lookupAll("*").stream().filter(ReportTableView.class::isInstance)
                    .findFirst().orElseThrow();
        });
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<String> countryBox() {
        return (CheckComboBox<String>) lookup("#countryBox");
    }

    @SuppressWarnings("unchecked")
    private CheckComboBox<EventKind> kindBox() {
        return (CheckComboBox<EventKind>) lookup("#kindBox");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<TrapMembership> spamtrapBox() {
        return (ComboBox<TrapMembership>) lookup("#spamtrapBox");
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private void close() {
        try {
            if (workbench != null) {
                fx(() -> {
                    monitor.stop();
                    stage.hide();
                    workbench.close();
                    return null;
                });
            }
            if (prefs != null) {
                prefs.removeNode();
            }
        } catch (Exception e) {
            System.err.println("cleanup: " + e);
        }
        Platform.exit();
    }
}
