package org.trapscope.ui.main;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.util.function.Function;
import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.HostAttributes;
import org.trapscope.analysis.Reports;
import org.trapscope.load.Dataset;
import org.trapscope.load.LoadOptions;
import org.trapscope.load.Problem;
import org.trapscope.ui.common.Debounce;
import org.trapscope.ui.common.LatestWins;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.filter.FilterState;
import org.trapscope.ui.load.LoadOutcome;
import org.trapscope.ui.load.LoadRequest;
import org.trapscope.ui.load.LoadViewModel;
import org.trapscope.ui.selection.EventSelector;
import org.trapscope.ui.selection.OpenedData;
import org.trapscope.ui.selection.Selection;
import org.trapscope.ui.table.ReportTableViewModel;
import org.trapscope.ui.table.RowOrdering;

/**
 * The workbench's state: the opened dataset, the filter shared by all views, the selection it
 * yields, the tables over that selection and the status line. Filtering runs on a worker after a
 * typing pause; a newer filter cancels and supersedes an older one.
 */
public final class WorkbenchViewModel {
    private final Workers workers;
    private final LoadViewModel loading;
    private final EventSelector selector;
    private final LatestWins latestFilter = new LatestWins();
    private final ReadOnlyObjectWrapper<OpenedData> opened = new ReadOnlyObjectWrapper<>(OpenedData.empty());
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Trapscope");
    private final ObjectProperty<FilterState> filter = new SimpleObjectProperty<>(FilterState.NONE);
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(everything(OpenedData.empty()));
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("Nothing opened");
    private final ReadOnlyStringWrapper filterDescription = new ReadOnlyStringWrapper("no filter");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReportTableViewModel events;
    private final ReportPane eventsPane;
    private final List<ReportPane> reports = new ArrayList<>();
    private final ReportPane timeline;
    private final RecentFiles recentFiles;
    private final Function<Dataset, HostAttributes> hostAttributes;
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper();
    private final BooleanBinding busy;
    private ReportPane activeReport;

    /**
     * @param hostAttributes looks up country, network and AS of a dataset's hosts (on a worker)
     */
    public WorkbenchViewModel(Workers workers, LoadViewModel loading, EventSelector selector, RowOrdering ordering,
                              List<ReportDefinition> reportDefinitions, ReportDefinition timelineDefinition,
                              RecentFiles recentFiles,
                              Function<Dataset, HostAttributes> hostAttributes) {
        this.workers = workers;
        this.hostAttributes = hostAttributes;
        this.loading = loading;
        this.selector = selector;
        this.recentFiles = recentFiles;
        this.events = new ReportTableViewModel(workers, ordering);
        eventsPane = new ReportPane(new ReportDefinition("Events", s -> Reports.events(s.data().index(), s.events())),
                events);
        activeReport = eventsPane;
        for (ReportDefinition definition : reportDefinitions) {
            reports.add(new ReportPane(definition, new ReportTableViewModel(workers, ordering)));
        }
        timeline = new ReportPane(timelineDefinition, new ReportTableViewModel(workers, ordering));
        BooleanExpression anyWork = filtering.getReadOnlyProperty().or(preparing.getReadOnlyProperty())
                .or(events.sortingProperty());
        for (ReportPane pane : reports) {
            anyWork = anyWork.or(pane.table().sortingProperty());
        }
        anyWork = anyWork.or(timeline.table().sortingProperty());
        busy = Bindings.createBooleanBinding(anyWork::get, anyWork);
        filter.addListener((obs, old, next) -> requestSelection(true));
    }

    /** Opens files with the default options and remembers them under File ▸ Open Recent. */
    public void open(List<Path> paths, LoadOptions options) {
        if (paths.isEmpty()) {
            return;
        }
        recentFiles.add(paths);
        open(LoadRequest.of(paths, options));
    }

    public void open(LoadRequest request) {
        loading.start(request, this::loaded);
    }

    private void loaded(LoadOutcome outcome) {
        if (outcome.cancelled()) {
            return;
        }
        if (outcome.dataset().isEmpty()) {
            problems.add("Could not open " + outcome.request().label() + ": " + outcome.failure());
            return;
        }
        Dataset next = outcome.dataset().get();
        message.set(String.format("Indexing %,d events and looking up %,d hosts …", next.events().size(),
                next.events().ips().size()));
        preparing.set(true);
        workers.background().execute(() -> {
            List<String> hostProblems = new ArrayList<>();
            OpenedData data = OpenedData.of(next, hostsOf(next, hostProblems));
            workers.ui().execute(() -> {
                preparing.set(false);
                publish(outcome, data);
                problems.addAll(hostProblems);
            });
        });
    }

    /** The hosts' countries and networks; without them the views still work, and the problem says why. */
    private HostAttributes hostsOf(Dataset dataset, List<String> hostProblems) {
        try {
            return hostAttributes.apply(dataset);
        } catch (RuntimeException e) {
            hostProblems.add("Country and network data unavailable: " + e.getMessage());
            return HostAttributes.NONE;
        }
    }

    /** Looks the opened hosts up again (IP data was imported) and brings every view up to date. */
    public void reenrich() {
        List<String> hostProblems = new ArrayList<>();
        rehost(data -> hostsOf(data.dataset(), hostProblems), hostProblems);
    }

    /** Shows host attributes that changed in place (online answers) in every view and the country list. */
    public void hostsChanged() {
        rehost(data -> data.index().hosts(), List.of());
    }

    private void rehost(Function<OpenedData, HostAttributes> hosts, List<String> hostProblems) {
        OpenedData current = opened.get();
        preparing.set(true);
        workers.background().execute(() -> {
            OpenedData next = current.withHosts(hosts.apply(current));
            workers.ui().execute(() -> {
                preparing.set(false);
                problems.addAll(hostProblems);
                // a dataset opened meanwhile was looked up with the new data already
                if (opened.get().dataset() == current.dataset()) {
                    opened.set(next);
                    requestSelection(false);
                }
            });
        });
    }

    private void publish(LoadOutcome outcome, OpenedData data) {
        OpenedData previous = opened.get();
        problems.setAll(data.dataset().problems().stream().map(Problem::toString).toList());
        if (data.dataset().inputs().isEmpty()) {
            problems.add("Nothing could be read from " + outcome.request().label());
        }
        opened.set(data);
        message.set("");
        sample.set(outcome.request().sample());
        title.set("Trapscope — " + outcome.request().label() + (outcome.request().sample() ? " (sample data)" : ""));
        if (filter.get().isEmpty()) {
            requestSelection(false);
        } else {
            filter.set(FilterState.NONE);
        }
        workers.background().execute(() -> closeQuietly(previous));
    }

    private static void closeQuietly(OpenedData data) {
        try {
            data.close();
        } catch (java.io.IOException e) {
            // only temporary copies of archives are left behind; the OS cleans its temp folder
        }
    }

    private void requestSelection(boolean debounce) {
        long ticket = latestFilter.next();
        OpenedData data = opened.get();
        FilterState wanted = filter.get();
        filterDescription.set(wanted.describe(data.zone()));
        filtering.set(true);
        workers.background().execute(() -> {
            if (debounce && !Debounce.settle(workers, latestFilter, ticket)) {
                return;
            }
            try {
                Selection result;
                if (wanted.isEmpty()) {
                    result = everything(data);
                } else {
                    EventSelection events = selector.events(data, wanted);
                    if (!latestFilter.isLatest(ticket)) {
                        return; // a newer filter was asked for meanwhile; only its counts are wanted
                    }
                    result = selector.counted(data, wanted, events);
                }
                workers.ui().execute(() -> {
                    if (latestFilter.isLatest(ticket)) {
                        filtering.set(false);
                        filterError.set("");
                        show(result);
                    }
                });
            } catch (IllegalArgumentException e) {
                workers.ui().execute(() -> {
                    if (latestFilter.isLatest(ticket)) {
                        filtering.set(false);
                        filterError.set(e.getMessage());
                    }
                });
            }
        });
    }

    private static Selection everything(OpenedData data) {
        EventSelection all = EventSelection.all(data.dataset().events().size());
        return new Selection(data, FilterState.NONE, all, data.index().totals());
    }

    private void show(Selection result) {
        selection.set(result);
        counts.set(CountsLine.of(result.counts(), result.data().index().totals(),
                result.data().dataset().trappedCount()));
        if (activeReport != null) {
            activeReport.refresh(result, workers.background(), workers.ui(), message::set);
        }
    }

    /**
     * Tells which table is on screen ({@link #eventsPane}, a grouped view, or null for a chart
     * without a table); it is brought up to date. Only that table follows the filter: sorting ten
     * million events by address takes seconds, which a filter made on another tab must not wait for.
     */
    public void setActiveReport(ReportPane pane) {
        activeReport = pane;
        if (pane != null) {
            pane.refresh(selection.get(), workers.background(), workers.ui(), message::set);
        }
    }

    /** Rebuilds a view whose options changed (the timeline's slot width) when it is on screen. */
    public void rebuild(ReportPane pane) {
        pane.invalidate();
        if (pane == activeReport) {
            setActiveReport(pane);
        }
    }

    /** The timeline's table, shown under its chart. */
    public ReportPane timeline() {
        return timeline;
    }

    public void clearFilter() {
        filter.set(FilterState.NONE);
    }

    /** The campaign step: every event of this host, whatever else the filter held. */
    public void showAllActivityOf(String address) {
        filter.set(FilterState.NONE.withAddresses(address));
    }

    /** The zone times are shown in: that of the first opened log. */
    public ZoneId zone() {
        return opened.get().zone();
    }

    public LoadViewModel loading() {
        return loading;
    }

    public ReportTableViewModel events() {
        return events;
    }

    /** The events table as a view that is brought up to date when it is on screen. */
    public ReportPane eventsPane() {
        return eventsPane;
    }

    public List<ReportPane> reports() {
        return List.copyOf(reports);
    }

    public ObjectProperty<FilterState> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<OpenedData> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
    }

    /** True while opened data is indexed, a filter runs or a table is being sorted or rebuilt. */
    public BooleanBinding busyBinding() {
        return busy;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "12,345 of 3,456,789 events · 243 hosts · 480 targets". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterDescriptionProperty() {
        return filterDescription.getReadOnlyProperty();
    }

    /** Why the filter could not be applied (a mistyped address), or empty. */
    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    /** Problems met while opening, one line each; never thrown at the user. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Shows a short message in the status bar: an export finished, a file could not be written. */
    public void notify(String text) {
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }
}
