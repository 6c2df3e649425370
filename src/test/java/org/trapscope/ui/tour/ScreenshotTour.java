package org.trapscope.ui.tour;

// Run (from the repository root, after ./mvnw test-compile, with a corpus in /tmp/guide):
//
//   python3 src/test/tools/genlogs.py /tmp/guide --spamd-mb 20 --seed 7 --days 7
//   apt-get install -y libgtk-3-0 xvfb libreoffice-calc poppler-utils imagemagick pngquant
//   xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout) org.trapscope.ui.tour.ScreenshotTour
//
// Optional system properties: -Dtour.corpus=/tmp/guide -Dtour.out=dist/screenshots -Dtour.zone=Europe/Oslo

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.CheckComboBox;
import org.trapscope.app.SampleCorpus;
import org.trapscope.ui.common.DialogService;
import org.trapscope.ui.filter.TrapMembership;
import org.trapscope.ui.load.DatasetSource;
import org.trapscope.ui.load.LoadRequest;
import org.trapscope.ui.main.Workbench;
import org.trapscope.ui.main.WorkbenchViewModel;
import org.trapscope.ui.prefs.AppSettings;
import org.trapscope.ui.prefs.WindowBounds;
import org.trapscope.ui.table.ReportTableView;
import org.trapscope.ui.theme.ThemeManager;

/**
 * Drives the real workbench window (the application's Workbench, stage, scene and theme) through
 * the bundled sample (the README's {@code main-window.png}) and the user guide's five steps, and
 * writes a snapshot of the whole window after each one to {@code dist/screenshots/guide-*.png}. Not a test: a main class, run under Xvfb (see the command
 * above). The pairs view is exported as xlsx through the application's own export action and, when
 * LibreOffice, poppler-utils and ImageMagick are installed, rendered as the spreadsheet shows it.
 */
public final class ScreenshotTour {
    private static final double WIDTH = 1400;
    private static final double HEIGHT = 860;
    private static final String CAMPAIGN = "You are in really big troubles";
    /** The country of one of the hosts that also try all-digit user names. */
    private static final String EXPORT_COUNTRY = "BR";

    private final Path corpus;
    private final Path out;
    private final Path work;
    private Stage stage;
    private Workbench workbench;
    private TourDialogs dialogs;
    private Preferences prefs;

    private ScreenshotTour(Path corpus, Path out) throws IOException {
        this.corpus = corpus;
        this.out = out.toAbsolutePath();
        this.work = Files.createTempDirectory("trapscope-tour");
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(System.getProperty("tour.corpus", "/tmp/guide"));
        Path out = Path.of(System.getProperty("tour.out", "dist/screenshots"));
        // the corpus is an Oslo mail host's (CET stamps); show it as its operator's workbench would
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(System.getProperty("tour.zone", "Europe/Oslo")));
        if (!Files.isRegularFile(corpus.resolve("spamd"))) {
            System.err.println("No corpus in " + corpus + ": run python3 src/test/tools/genlogs.py " + corpus
                    + " --spamd-mb 20 --seed 7 --days 7");
            System.exit(2);
        }
        Files.createDirectories(out);
        int code = 0;
        ScreenshotTour tour = new ScreenshotTour(corpus, out);
        try {
            tour.run();
        } catch (Throwable e) {
            e.printStackTrace();
            code = 1;
        } finally {
            tour.close();
        }
        System.exit(code);
    }

    private void run() throws Exception {
        Platform.setImplicitExit(false);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        fx(() -> {
            prefs = Preferences.userRoot().node("org/trapscope/tour-" + UUID.randomUUID());
            AppSettings settings = new AppSettings(prefs);
            settings.setWindowBounds(new WindowBounds(20, 20, WIDTH, HEIGHT, false));
            ThemeManager theme = new ThemeManager(false);
            theme.install();
            stage = new Stage();
            workbench = new Workbench(stage, settings, theme, () -> {
                SampleCorpus sample = SampleCorpus.extractTo(work.resolve("sample"));
                return new LoadRequest(sample.files(), sample.options(), "Sample data", true);
            }, DatasetSource.ENGINE, vm -> dialogs = new TourDialogs(vm));
            ThemeManager.style(stage.getScene());
            stage.show();
            return null;
        });

        sample();
        openRotatedSet();
        campaign();
        pairs();
        swell();
        spreadsheet();
    }

    // ---------------------------------------------------------------- the README's picture

    /** The bundled sample as a first start shows it, with one sextortion subject's whole campaign. */
    private void sample() throws Exception {
        fx(() -> {
            workbench.openSample();
            return null;
        });
        waitUntil("the sample to open", () -> !vm().loading().runningProperty().get()
                && vm().openedProperty().get() != null
                && vm().openedProperty().get().dataset().events().size() > 0
                && vm().selectionProperty().get().data() == vm().openedProperty().get(), 120);
        fx(() -> {
            ((TextField) lookup("#phraseField")).setText("Your account was under attack");
            ((CheckBox) lookup("#campaignBox")).setSelected(true);
            return null;
        });
        waitUntil("the campaign filter", () -> vm().selectionProperty().get().filter().campaign(), 60);
        showTab("Hosts");
        waitForTable("Hosts");
        sortBy("Hosts", "events", true);
        shoot("main-window");
        fx(() -> {
            ((CheckBox) lookup("#campaignBox")).setSelected(false);
            ((TextField) lookup("#phraseField")).setText("");
            return null;
        });
        showTab("Events");
    }

    // ---------------------------------------------------------------- 1. File ▸ Open

    private void openRotatedSet() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("spamd", "spamd.0.gz", "spamd.1.gz", "maillog", "authlog", "spamdb.txt",
                "traplistcounts")) {
            files.add(corpus.resolve(name));
        }
        files.add(numericLogins());
        dialogs.toOpen = files;
        fx(() -> {
            workbench.openFiles();
            return null;
        });
        waitUntil("the files to open", () -> !vm().loading().runningProperty().get()
                && vm().openedProperty().get().dataset().events().size() > 0
                && vm().messageProperty().get().isEmpty()
                && vm().selectionProperty().get().data() == vm().openedProperty().get()
                && vm().events().rows().size() == vm().selectionProperty().get().size()
                && table("Events").getItems() == vm().events().page(), 180);
        fx(() -> {
            ReportTableView events = table("Events");
            events.getSelectionModel().select(3);
            events.requestFocus();
            return null;
        });
        settle();
        fx(() -> {
            vm().problems().forEach(p -> System.out.println("problem: " + p));
            return null;
        });
        shoot("guide-1-open");
    }

    /**
     * Bots also try all-digit user names over POP3 (0000, 0001, 1234 ...), which the generated corpus
     * lacks; a few such lines from three of its hosts show in the spreadsheet that names stay text.
     */
    private Path numericLogins() throws IOException {
        String[] hosts = {"144.92.144.82", "70.66.149.138", "179.133.157.168"};
        String[] names = {"0000", "0001", "00001", "1234", "123456", "010203"};
        StringBuilder lines = new StringBuilder();
        int pid = 41000;
        for (int h = 0; h < hosts.length; h++) {
            for (int n = 0; n < names.length; n++) {
                for (int attempt = 0; attempt < 2 + (n + h) % 3; attempt++) {
                    lines.append(String.format("Nov 20 03:%02d:%02d skapet spop3d[%d]: authentication failed: "
                                    + "no such user: %s - %s%n", 10 + h * 10 + n, 5 + attempt * 11, pid++,
                            names[n], hosts[h]));
                }
            }
        }
        Path file = work.resolve("maillog-numeric-users");
        Files.writeString(file, lines);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2022-11-20T04:00:00Z")));
        return file;
    }

    // ---------------------------------------------------------------- 2. a campaign

    private void campaign() throws Exception {
        fx(() -> {
            ((TextField) lookup("#phraseField")).setText(CAMPAIGN);
            ((CheckBox) lookup("#campaignBox")).setSelected(true);
            return null;
        });
        waitUntil("the campaign filter", () -> vm().selectionProperty().get().filter().campaign()
                && vm().selectionProperty().get().filter().phrase().equals(CAMPAIGN), 60);
        showTab("Targets");
        waitForTable("Targets");
        sortBy("Targets", "in_spamtraps", false, "attempts", true);
        shoot("guide-2-campaign-targets");
        showTab("Hosts");
        waitForTable("Hosts");
        sortBy("Hosts", "events", true);
        shoot("guide-2-campaign-hosts");
    }

    // ---------------------------------------------------------------- 3. host–user-name pairs

    @SuppressWarnings("unchecked")
    private void pairs() throws Exception {
        fx(() -> {
            vm().clearFilter();
            return null;
        });
        waitUntil("the filter to clear", () -> vm().selectionProperty().get().filter().isEmpty(), 60);
        showTab("Host–user pairs");
        waitForTable("Host–user pairs");
        fx(() -> {
            // drag the columns the question is about next to the user name, as a user would
            ReportTableView table = table("Host–user pairs");
            List<String> order = List.of("ip", "user", "in_spamtraps", "country", "attempts", "network", "netname",
                    "first_seen", "last_seen");
            List<TableColumn<Integer, ?>> columns = new ArrayList<>(table.getColumns());
            // columns the question is not about (the AS ones) keep their places after these
            columns.sort(java.util.Comparator.comparingInt(
                    c -> order.contains(c.getText()) ? order.indexOf(c.getText()) : order.size()));
            table.getColumns().setAll(columns);
            return null;
        });
        sortBy("Host–user pairs", "in_spamtraps", false, "country", false, "user", false);
        int firstWithCountry = fx(() -> {
            ReportTableView table = table("Host–user pairs");
            int country = table.report().columnIndex("country");
            for (int i = 0; i < table.getItems().size(); i++) {
                if (!table.report().text(table.getItems().get(i), country).isEmpty()) {
                    return i;
                }
            }
            return 0;
        });
        fx(() -> {
            table("Host–user pairs").scrollTo(firstWithCountry);
            return null;
        });
        settle();
        shoot("guide-3-pairs");

        // one country's pairs that are not spamtraps, exported as a workbook through File ▸ Export
        fx(() -> {
            ((ComboBox<TrapMembership>) lookup("#spamtrapBox")).setValue(TrapMembership.NO);
            ((CheckComboBox<String>) lookup("#countryBox")).getCheckModel().check(EXPORT_COUNTRY);
            return null;
        });
        waitUntil("the country filter", () -> vm().selectionProperty().get().filter().countries()
                .contains(EXPORT_COUNTRY) && vm().selectionProperty().get().filter().spamtraps() == TrapMembership.NO, 60);
        waitForTable("Host–user pairs");
        fx(() -> {
            // the network columns hidden (table menu), so the workbook fits the picture
            for (TableColumn<Integer, ?> column : table("Host–user pairs").getColumns()) {
                if (column.getText().startsWith("net")) {
                    column.setVisible(false);
                }
            }
            return null;
        });
        settle();
        Path xlsx = work.resolve("host-user-pairs.xlsx");
        dialogs.saveTo = xlsx;
        fx(() -> {
            workbench.exportView("xlsx");
            return null;
        });
        waitUntil("the xlsx export", () -> vm().messageProperty().get().startsWith("Exported"), 60);
        fx(() -> {
            System.out.println(vm().messageProperty().get());
            vm().notify("");
            vm().clearFilter();
            return null;
        });
        waitUntil("the filter to clear", () -> vm().selectionProperty().get().filter().isEmpty(), 60);
    }

    // ---------------------------------------------------------------- 4. a swell on the charts

    private void swell() throws Exception {
        showTab("Trapped hosts");
        waitUntil("the trapped-host chart", () -> !chart("Trapped hosts").getData().isEmpty(), 30);
        settle();
        long[] window = fx(this::steepestRise);
        drag(chart("Trapped hosts"), window[0], window[1], true);
        shoot("guide-4-swell-trapcounts");
        release(chart("Trapped hosts"), window[1]);
        waitUntil("the time-range filter", () -> vm().selectionProperty().get().filter().hasTimeRange(), 30);
        showTab("Timeline");
        waitUntil("the timeline", () -> !chart("Timeline").getData().isEmpty(), 30);
        settle();
        shoot("guide-4-swell-timeline");
    }

    /** The twelve hours in which the trapped-host count grew the most, widened by an hour each side. */
    private long[] steepestRise() {
        XYChart.Series<Number, Number> line = chart("Trapped hosts").getData().get(0);
        var points = line.getData();
        int span = Math.min(12, points.size() - 1);
        int best = 0;
        double rise = Double.NEGATIVE_INFINITY;
        for (int i = 0; i + span < points.size(); i++) {
            double d = points.get(i + span).getYValue().doubleValue() - points.get(i).getYValue().doubleValue();
            if (d > rise) {
                rise = d;
                best = i;
            }
        }
        int from = Math.max(0, best - 1);
        int to = Math.min(points.size() - 1, best + span + 1);
        return new long[] {points.get(from).getXValue().longValue(), points.get(to).getXValue().longValue()};
    }

    /** Presses the mouse at {@code from} on the chart's time axis and drags to {@code to}. */
    private void drag(XYChart<Number, Number> chart, long from, long to, boolean hold) throws Exception {
        fx(() -> {
            double y = plotMiddleY(chart);
            mouse(chart, MouseEvent.MOUSE_PRESSED, sceneX(chart, from), y);
            for (int step = 1; step <= 10; step++) {
                double x = sceneX(chart, from + (to - from) * step / 10);
                mouse(chart, MouseEvent.MOUSE_DRAGGED, x, y);
            }
            return null;
        });
        settle();
    }

    private void release(XYChart<Number, Number> chart, long at) throws Exception {
        fx(() -> {
            mouse(chart, MouseEvent.MOUSE_RELEASED, sceneX(chart, at), plotMiddleY(chart));
            return null;
        });
    }

    private static double sceneX(XYChart<Number, Number> chart, long value) {
        NumberAxis axis = (NumberAxis) chart.getXAxis();
        return axis.localToScene(axis.getDisplayPosition(value), 0).getX();
    }

    private static double plotMiddleY(XYChart<Number, Number> chart) {
        Node plot = chart.lookup(".chart-plot-background");
        Bounds bounds = plot.localToScene(plot.getBoundsInLocal());
        return bounds.getMinY() + bounds.getHeight() / 2;
    }

    private static void mouse(Node target, javafx.event.EventType<MouseEvent> type, double sceneX, double sceneY) {
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        MouseEvent event = new MouseEvent(type, sceneX, sceneY, sceneX, sceneY, MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, false, false, false, null);
        Event.fireEvent(target, event);
    }

    // ---------------------------------------------------------------- 5. the export in a spreadsheet

    private void spreadsheet() throws Exception {
        Path sheet = work.resolve("host-user-pairs.xlsx");
        if (!onPath("soffice") || !onPath("pdftoppm") || !onPath("convert")) {
            System.err.println("soffice, pdftoppm or convert missing: guide-5-spreadsheet.png not made; the export is "
                    + sheet);
            return;
        }
        exec(work, "soffice", "--headless", "-env:UserInstallation=file://" + work.resolve("lo-profile"),
                "--convert-to",
                "pdf:calc_pdf_Export:{\"SinglePageSheets\":{\"type\":\"boolean\",\"value\":\"true\"}}", "--outdir", work.toString(), sheet.toString());
        exec(work, "pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", work.resolve("host-user-pairs.pdf").toString(),
                work.resolve("page").toString());
        Path page = Files.list(work).filter(p -> p.getFileName().toString().startsWith("page")).findFirst()
                .orElseThrow(() -> new IOException("pdftoppm wrote no page"));
        // the sheet is one tall page: keep its top, where the header and the all-digit names are
        exec(work, "convert", page.toString(), "-trim", "+repage", "-crop", "x520+0+0", "+repage",
                "-bordercolor", "white", "-border", "16",
                out.resolve("guide-5-spreadsheet.png").toString());
        shrink(out.resolve("guide-5-spreadsheet.png"));
        System.out.println("wrote " + out.resolve("guide-5-spreadsheet.png"));
    }

    /** Fewer colours, same look: keeps the README's images small when pngquant is installed. */
    private void shrink(Path png) throws IOException, InterruptedException {
        if (onPath("pngquant")) {
            exec(work, "pngquant", "--force", "--skip-if-larger", "--quality", "80-100", "--output", png.toString(),
                    png.toString());
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void exec(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed");
        }
    }

    // ---------------------------------------------------------------- driving the window

    private WorkbenchViewModel vm() {
        return workbench.viewModel();
    }

    private Node lookup(String selector) {
        Node node = stage.getScene().lookup(selector);
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

    private void showTab(String title) throws Exception {
        fx(() -> {
            tabs().getSelectionModel().select(tab(title));
            return null;
        });
        settle();
    }

    private ReportTableView table(String tabTitle) {
        Node content = tab(tabTitle).getContent();
        if (content instanceof ReportTableView table) {
            return table;
        }
        // the events tab holds its table beside the raw-line pane
        return (ReportTableView) content.lookupAll("*").stream().filter(ReportTableView.class::isInstance)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private XYChart<Number, Number> chart(String tabTitle) {
        return (XYChart<Number, Number>) tab(tabTitle).getContent().lookup(".chart");
    }

    private void waitForTable(String tabTitle) throws Exception {
        waitUntil(tabTitle + " rows", () -> {
            ReportTableView table = table(tabTitle);
            return !table.getItems().isEmpty() && !table.getColumns().isEmpty();
        }, 120);
        // the report is built on a worker and sorted on another; let both land
        Thread.sleep(1500);
        waitUntil(tabTitle + " rows", () -> !table(tabTitle).getItems().isEmpty(), 120);
        settle();
    }

    /** Sets the table's sort order as header clicks would: pairs of column name and descending. */
    private void sortBy(String tabTitle, Object... keys) throws Exception {
        fx(() -> {
            ReportTableView table = table(tabTitle);
            List<TableColumn<Integer, ?>> order = new ArrayList<>();
            for (int i = 0; i < keys.length; i += 2) {
                String name = (String) keys[i];
                TableColumn<Integer, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(name))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no column " + name));
                column.setSortType(Boolean.TRUE.equals(keys[i + 1]) ? TableColumn.SortType.DESCENDING
                        : TableColumn.SortType.ASCENDING);
                order.add(column);
            }
            table.getSortOrder().setAll(order);
            table.scrollTo(0);
            return null;
        });
        Thread.sleep(300);
        waitUntil(tabTitle + " sorted", () -> table(tabTitle).getItems().size() > 0
                && workbench.viewModel().reports().stream().noneMatch(p -> p.table().sortingProperty().get()), 120);
        settle();
    }

    private void waitUntil(String what, Callable<Boolean> condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** A few pulses for layout, CSS and the virtual flow's cells. */
    private void settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            Thread.sleep(150);
            fx(() -> null);
        }
    }

    private void shoot(String name) throws Exception {
        WritableImage image = fx(() -> {
            Scene scene = stage.getScene();
            return scene.snapshot(null);
        });
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, width, height, argb, 0, width);
        Path file = out.resolve(name + ".png");
        if (!ImageIO.write(rgb, "png", file.toFile())) {
            throw new IOException("no PNG encoder");
        }
        shrink(file);
        System.out.printf("wrote %s (%dx%d, %,d bytes)%n", file, width, height, Files.size(file));
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
        return result.get(60, TimeUnit.SECONDS);
    }

    private void close() {
        try {
            if (workbench != null) {
                fx(() -> {
                    stage.hide();
                    workbench.close();
                    return null;
                });
            }
            if (prefs != null) {
                prefs.removeNode();
            }
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (Exception e) {
            System.err.println("cleanup: " + e);
        }
        Platform.exit();
    }

    /** Answers the workbench's questions from the tour: open these files, save to that file. */
    private static final class TourDialogs implements DialogService {
        private final WorkbenchViewModel viewModel;
        volatile List<Path> toOpen = List.of();
        volatile Path saveTo;

        TourDialogs(WorkbenchViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        public List<Path> chooseFilesToOpen() {
            return toOpen;
        }

        @Override
        public Optional<Path> chooseFolderToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseIpDataFile() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseIpDataFolder() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
            return Optional.ofNullable(saveTo);
        }

        @Override
        public void notify(String message) {
            viewModel.notify(message);
        }
    }
}
