package org.trapscope.ui.main;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.trapscope.ui.chart.TimelineView;
import org.trapscope.ui.chart.TimelineViewModel;
import org.trapscope.ui.chart.TrapCountsView;
import org.trapscope.ui.enrich.OnlineLookups;
import org.trapscope.ui.events.EventDetailViewModel;
import org.trapscope.ui.events.EventsView;
import org.trapscope.ui.filter.FilterBar;
import org.trapscope.ui.prefs.AppSettings;
import org.trapscope.ui.problems.ProblemsWindow;
import org.trapscope.ui.table.ReportTableView;

/**
 * The workbench window's content: menu, sample banner and filter bar on top, one tab per view
 * (events, grouped reports, charts) in the middle, the status bar below.
 */
public final class MainWindow {
    private final WorkbenchViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final FilterBar filterBar;
    private final ReportTableView eventsTable;
    private final Map<Tab, ReportTableView> tables = new HashMap<>();
    private final TimelineView timeline;
    private final TrapCountsView trapCounts;

    public MainWindow(WorkbenchViewModel viewModel, EventDetailViewModel detail, TimelineViewModel timelineModel,
                      OnlineLookups online, MenuActions actions, AppSettings columns, Stage stage) {
        this.viewModel = viewModel;
        filterBar = new FilterBar(viewModel.filterProperty(), viewModel.filterErrorProperty(), viewModel::zone);
        CellActions cellActions = new CellActions(viewModel, online, () -> tabs.getSelectionModel().select(0));

        eventsTable = new ReportTableView(viewModel.events(), columns.columnMemory("events"));
        eventsTable.setCellActions((row, column) -> cellActions.forCell(eventsTable.report(), row, column,
                eventsTable.shownSelection()));
        Tab events = new Tab("Events", new EventsView(eventsTable, detail));
        events.setId("eventsTab");
        events.setUserData(viewModel.eventsPane());
        tabs.getTabs().add(events);
        tables.put(events, eventsTable);
        for (ReportPane pane : viewModel.reports()) {
            ReportTableView table = reportTable(pane, columns, cellActions);
            Tab tab = new Tab(pane.title(), table.withPager());
            tab.setUserData(pane);
            tabs.getTabs().add(tab);
            tables.put(tab, table);
        }
        timeline = new TimelineView(timelineModel, viewModel::zone, this::filterTimeRange);
        ReportTableView timelineTable = reportTable(viewModel.timeline(), columns, cellActions);
        SplitPane timelineSplit = new SplitPane(timeline, timelineTable.withPager());
        timelineSplit.setOrientation(Orientation.VERTICAL);
        timelineSplit.setDividerPositions(0.68);
        Tab timelineTab = new Tab("Timeline", timelineSplit);
        timelineTab.setId("timelineTab");
        timelineTab.setUserData(viewModel.timeline());
        tables.put(timelineTab, timelineTable);
        trapCounts = new TrapCountsView(viewModel::zone, this::filterTimeRange);
        Tab trapTab = new Tab("Trapped hosts", trapCounts);
        trapTab.setId("trapCountsTab");
        tabs.getTabs().addAll(timelineTab, trapTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            viewModel.setActiveReport(tab != null && tab.getUserData() instanceof ReportPane p ? p : null);
            timelineModel.setOnScreen(tab == timelineTab);
        });

        ProblemsWindow problems = new ProblemsWindow(viewModel.problems());
        WorkbenchMenu menu = new WorkbenchMenu(viewModel, online, actions, this, () -> problems.show(stage));
        root.setTop(new VBox(menu, new SampleBanner(viewModel, actions::openFiles), filterBar));
        root.setCenter(tabs);
        root.setBottom(new WorkbenchStatusBar(viewModel, online, () -> problems.show(stage)));
        FileDrop.install(root, actions::openPaths);

        viewModel.selectionProperty().addListener((obs, old, selection) -> timelineModel.show(selection));
        viewModel.openedProperty().addListener((obs, old, data) -> {
            detail.setData(data);
            trapCounts.show(data.dataset());
            filterBar.setCountries(data.countries());
            filterBar.setSpamtrapsKnown(data.dataset().hasSpamtraps());
        });
        filterBar.setCountries(List.of());
        filterBar.setSpamtrapsKnown(false);
    }

    public Parent root() {
        return root;
    }

    private static ReportTableView reportTable(ReportPane pane, AppSettings columns, CellActions cellActions) {
        ReportTableView table = new ReportTableView(pane.table(), columns.columnMemory(pane.title()));
        table.setId(pane.title().toLowerCase().replaceAll("[^a-z]+", "-") + "-table");
        table.setCellActions((row, column) -> cellActions.forCell(table.report(), row, column,
                table.shownSelection()));
        table.setOnMouseClicked(event -> {
            Integer row = table.getSelectionModel().getSelectedItem();
            int ip = table.report().columnIndex("ip");
            if (event.getClickCount() == 2 && row != null && ip >= 0 && !table.report().text(row, ip).isEmpty()) {
                cellActions.showAllActivityOf(table.report().text(row, ip));
            }
        });
        return table;
    }

    /** Shortcuts that work wherever the focus is. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusFilter);
    }

    void focusFilter() {
        filterBar.focusPhrase();
    }

    /** The table of the tab on screen, or empty on a chart-only tab. */
    public Optional<ReportTableView> currentTable() {
        return Optional.ofNullable(tables.get(tabs.getSelectionModel().getSelectedItem()));
    }

    /** The name of the view on screen, for file names: {@code events}, {@code hosts} ... */
    public String currentViewName() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? "view" : tab.getText().toLowerCase().replaceAll("[^a-z]+", "-");
    }

    /** The chart of the tab on screen, or empty on a table tab. */
    public Optional<XYChart<Number, Number>> currentChart() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab != null && tab.getId() != null && tab.getId().equals("timelineTab")) {
            return Optional.of(timeline.chart());
        }
        if (tab != null && tab.getContent() == trapCounts) {
            return Optional.of(trapCounts.chart());
        }
        return Optional.empty();
    }

    private void filterTimeRange(long from, long to) {
        viewModel.filterProperty().set(viewModel.filterProperty().get().withTimeRange(from, to));
    }

    /** What the menus and the drop target do; implemented by the application shell. */
    public interface MenuActions {
        void openFiles();

        void openFolder();

        void openPaths(List<Path> paths);

        void openSample();

        void exportView(String format);

        void exportRawExtract();

        void exportRawExtractOfSelectedEvents();

        void exportPfTable(String column);

        void exportSpamdbTraps();

        void exportChart();

        void importIpDataFile();

        void importIpDataFolder();

        void toggleTheme();

        void about();

        void quit();
    }
}
