package org.trapscope.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trapscope.analysis.Bucket;
import org.trapscope.analysis.HarvestOptions;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.TableSorter;
import org.trapscope.enrich.Enricher;
import org.trapscope.enrich.EnricherBuilder;
import org.trapscope.load.LoadOptions;
import org.trapscope.mail.SavedMessage;
import org.trapscope.mail.SavedMessageReader;
import org.trapscope.ui.about.AboutDialog;
import org.trapscope.ui.filter.FilterState;
import org.trapscope.ui.chart.BucketWidth;
import org.trapscope.ui.chart.TimelineViewModel;
import org.trapscope.ui.common.DialogService;
import org.trapscope.ui.common.FxDialogService;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.enrich.IpData;
import org.trapscope.ui.enrich.IpDataImport;
import org.trapscope.ui.enrich.OnlineLookups;
import org.trapscope.ui.events.EventDetailViewModel;
import org.trapscope.ui.export.ExportActions;
import org.trapscope.ui.load.DatasetSource;
import org.trapscope.ui.load.LoadRequest;
import org.trapscope.ui.load.LoadViewModel;
import org.trapscope.ui.prefs.AppSettings;
import org.trapscope.ui.prefs.WindowBounds;
import org.trapscope.ui.selection.EventSelector;
import org.trapscope.ui.theme.ThemeManager;

/**
 * Puts the window together: view models with their workers, the main window in the stage, the
 * dialogs, and the commands behind the menus. One per window.
 */
public final class Workbench implements MainWindow.MenuActions {
    private static final long TYPING_PAUSE_MILLIS = 250;
    /** Online answers arrive one by one; the views are rebuilt at most this often. */
    private static final long ONLINE_REFRESH_MILLIS = 500;
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    /** The grouped views, in tab order (W1, W3, W4). */
    private static final List<ReportDefinition> REPORTS = List.of(
            new ReportDefinition("Hosts", s -> Reports.hosts(s.data().index(), s.events())),
            new ReportDefinition("User names", s -> Reports.users(s.data().index(), s.events())),
            new ReportDefinition("Host–user pairs", s -> Reports.pairs(s.data().index(), s.events())),
            new ReportDefinition("Networks", s -> Reports.networks(s.data().index(), s.events(), false)),
            new ReportDefinition("Targets", s -> Reports.targets(s.data().index(), s.events())),
            new ReportDefinition("Subjects", s -> Reports.subjects(s.data().index(), s.events())),
            new ReportDefinition("Harvest", s -> Reports.harvest(s.data().index(), s.events(),
                    HarvestOptions.defaults())));

    private final Stage stage;
    private final AppSettings settings;
    private final ThemeManager theme;
    private final Supplier<LoadRequest> sample;
    private final ExecutorService pool;
    private final WorkbenchViewModel viewModel;
    private final EventDetailViewModel detail;
    private final MainWindow window;
    private final DialogService dialogs;
    private final ExportActions exports;
    private final IpData ipData;
    private final IpDataImport ipImport;
    /** The timeline table's slot, read by the worker that builds it; set on the FX thread. */
    private volatile Bucket timelineBucket = Bucket.HOUR;

    /** The application's workbench, with native dialogs. */
    public Workbench(Stage stage, AppSettings settings, ThemeManager theme, Supplier<LoadRequest> sample) {
        this(stage, settings, theme, sample, DatasetSource.ENGINE, null);
    }

    /**
     * @param dialogs questions to the user; {@code null} for the native dialogs of this stage
     */
    public Workbench(Stage stage, AppSettings settings, ThemeManager theme, Supplier<LoadRequest> sample,
                     DatasetSource source, Function<WorkbenchViewModel, DialogService> dialogs) {
        this.stage = stage;
        this.settings = settings;
        this.theme = theme;
        this.sample = sample;
        this.pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "trapscope-worker");
            thread.setDaemon(true);
            return thread;
        });
        Workers workers = new Workers(pool, Platform::runLater, TYPING_PAUSE_MILLIS);
        LoadViewModel loading = new LoadViewModel(workers, source);
        TimelineViewModel timeline = new TimelineViewModel(workers);
        ReportDefinition timelineTable = new ReportDefinition("Timeline",
                s -> Reports.timeline(s.data().index(), s.events(), timelineBucket));
        // online answers are kept with the user's other caches, so each network is asked for once
        ipData = new IpData(() -> Enricher.builder().cacheDirectory(EnricherBuilder.defaultCacheDirectory()),
                settings.importedIpData());
        viewModel = new WorkbenchViewModel(workers, loading, new EventSelector(), TableSorter::order, REPORTS,
                timelineTable, settings, ipData::hostsOf);
        ipImport = new IpDataImport(workers, ipData, settings, viewModel.problems()::add, viewModel::notify,
                viewModel::reenrich);
        ipImport.restore();
        OnlineLookups online = new OnlineLookups(ipData, workers, settings, viewModel.openedProperty()::get,
                viewModel::hostsChanged, ONLINE_REFRESH_MILLIS);
        timeline.widthProperty().addListener((obs, old, width) -> {
            timelineBucket = tableBucket(width);
            viewModel.rebuild(viewModel.timeline());
        });
        detail = new EventDetailViewModel(workers);
        this.dialogs = dialogs != null ? dialogs.apply(viewModel)
                : new FxDialogService(stage, settings, viewModel::notify);
        exports = new ExportActions(workers, this.dialogs);
        window = new MainWindow(viewModel, detail, timeline, online, this, settings, stage);

        WindowBounds bounds = settings.windowBounds();
        Scene scene = new Scene(window.root(), bounds.width(), bounds.height());
        window.installShortcuts(scene);
        stage.setScene(scene);
        // a window remembered on a screen that is gone (a laptop off its dock) is placed by the system instead
        if (!Double.isNaN(bounds.x())
                && !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
        stage.titleProperty().bind(viewModel.titleProperty());
        for (int size : ICON_SIZES) {
            var icon = Workbench.class.getResourceAsStream("/org/trapscope/icons/trapscope-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        stage.setOnHiding(e -> rememberWindow());
    }

    public void open(List<Path> paths, LoadOptions options) {
        viewModel.open(paths, options);
    }

    public WorkbenchViewModel viewModel() {
        return viewModel;
    }

    @Override
    public void openFiles() {
        openPaths(dialogs.chooseFilesToOpen());
    }

    @Override
    public void openFolder() {
        dialogs.chooseFolderToOpen().ifPresent(folder -> openPaths(List.of(folder)));
    }

    /**
     * Opens logs; a saved scam message ({@code .eml}) among them is not a log but a question:
     * its subject becomes the filter phrase, the first step of finding its campaign.
     */
    @Override
    public void openPaths(List<Path> paths) {
        List<Path> messages = paths.stream().filter(p -> p.getFileName().toString().toLowerCase().endsWith(".eml")).toList();
        List<Path> logs = paths.stream().filter(p -> !messages.contains(p)).toList();
        if (!logs.isEmpty()) {
            viewModel.open(logs, LoadOptions.defaults());
        }
        if (!messages.isEmpty()) {
            searchCampaignOf(messages.get(0));
        }
    }

    private void searchCampaignOf(Path message) {
        try {
            SavedMessage saved = SavedMessageReader.read(message);
            if (saved.subject().isEmpty()) {
                viewModel.notify(message.getFileName() + " has no subject to search for");
                return;
            }
            viewModel.filterProperty().set(FilterState.NONE.withPhrase(saved.subject()));
            viewModel.notify("Searching the campaign of " + message.getFileName()
                    + (saved.relayAddresses().isEmpty() ? "" : ", relayed by " + String.join(", ", saved.relayAddresses())));
        } catch (IOException | RuntimeException e) {
            viewModel.problems().add(message + ": cannot be read as a message: " + e.getMessage());
        }
    }

    @Override
    public void openSample() {
        try {
            viewModel.open(sample.get());
        } catch (RuntimeException e) {
            viewModel.problems().add("The sample could not be opened: " + e.getMessage());
        }
    }

    @Override
    public void exportView(String format) {
        window.currentTable().ifPresentOrElse(table -> {
            String name = window.currentViewName();
            if (format.equals("xlsx")) {
                exports.xlsx(table.shown(), name);
            } else {
                exports.csv(table.shown(), name);
            }
        }, () -> viewModel.notify("Open a table to export it; charts are saved with Save Chart as PNG."));
    }

    @Override
    public void exportRawExtract() {
        exports.rawExtract(viewModel.selectionProperty().get());
    }

    @Override
    public void exportRawExtractOfSelectedEvents() {
        window.currentTable().ifPresentOrElse(
                table -> exports.rawExtractOfRows(viewModel.selectionProperty().get(), table.shownSelection()),
                () -> viewModel.notify("Select events in the Events table first."));
    }

    @Override
    public void exportPfTable(String column) {
        window.currentTable().ifPresentOrElse(table -> exports.pfTable(table.shownSelection(), column),
                () -> viewModel.notify("Select hosts in a table first."));
    }

    @Override
    public void exportSpamdbTraps() {
        window.currentTable().ifPresentOrElse(table -> exports.spamdbTraps(table.shown()),
                () -> viewModel.notify("Open the Harvest view to export new spamtraps."));
    }

    @Override
    public void exportChart() {
        exports.chartPng(() -> window.currentChart().map(Node.class::cast));
    }

    @Override
    public void importIpDataFile() {
        dialogs.chooseIpDataFile().ifPresent(file -> ipImport.add(List.of(file)));
    }

    @Override
    public void importIpDataFolder() {
        dialogs.chooseIpDataFolder().ifPresent(folder -> ipImport.add(List.of(folder)));
    }

    @Override
    public void toggleTheme() {
        if (theme != null) {
            theme.darkProperty().set(!theme.darkProperty().get());
            settings.setDarkTheme(theme.darkProperty().get());
        }
    }

    @Override
    public void about() {
        AboutDialog.show(stage);
    }

    @Override
    public void quit() {
        stage.close();
    }

    /** The table's slot for the chart's choice; AUTO tables count per hour, the unit analysts report in. */
    private static Bucket tableBucket(BucketWidth width) {
        switch (width) {
            case MINUTE:
                return Bucket.MINUTE;
            case DAY:
                return Bucket.DAY;
            default:
                return Bucket.HOUR;
        }
    }

    /** Stops the workers and removes temporary files. */
    public void close() {
        pool.shutdownNow();
        try {
            viewModel.openedProperty().get().close();
        } catch (IOException e) {
            // only temporary copies of archives are left behind; the OS cleans its temp folder
        }
        ipData.close();
    }

    private void rememberWindow() {
        Window w = stage;
        settings.setWindowBounds(new WindowBounds(w.getX(), w.getY(), w.getWidth(), w.getHeight(), stage.isMaximized()));
    }

}
