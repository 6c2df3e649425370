package org.trapscope.ui.main;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
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
import org.trapscope.load.Cancellation;
import org.trapscope.load.Dataset;
import org.trapscope.load.LoadOptions;
import org.trapscope.load.Problem;
import org.trapscope.ui.common.Debounce;
import org.trapscope.ui.common.LatestWins;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.events.EventRows;
import org.trapscope.ui.filter.FilterState;
import org.trapscope.ui.load.LoadOutcome;
import org.trapscope.ui.load.LoadRequest;
import org.trapscope.ui.load.LoadViewModel;
import org.trapscope.ui.selection.EventSelection;
import org.trapscope.ui.selection.EventSelector;
import org.trapscope.ui.selection.SelectionCounts;
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
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(Dataset.empty());
    private final ReadOnlyBooleanWrapper sample = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Trapscope");
    private final ObjectProperty<FilterState> filter = new SimpleObjectProperty<>(FilterState.NONE);
    private final ReadOnlyObjectWrapper<EventSelection> selection = new ReadOnlyObjectWrapper<>(EventSelection.none());
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("Nothing opened");
    private final ReadOnlyStringWrapper filterDescription = new ReadOnlyStringWrapper("no filter");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReportTableViewModel events;
    private final List<ReportPane> reports = new ArrayList<>();
    private final RecentFiles recentFiles;
    private ReportPane activeReport;
    private Cancellation filterRun = new Cancellation();

    public WorkbenchViewModel(Workers workers, LoadViewModel loading, EventSelector selector, RowOrdering ordering,
                              List<ReportDefinition> reportDefinitions, RecentFiles recentFiles) {
        this.workers = workers;
        this.loading = loading;
        this.selector = selector;
        this.recentFiles = recentFiles;
        this.events = new ReportTableViewModel(workers, ordering);
        for (ReportDefinition definition : reportDefinitions) {
            reports.add(new ReportPane(definition, new ReportTableViewModel(workers, ordering)));
        }
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
        problems.setAll(next.problems().stream().map(Problem::toString).toList());
        if (next.inputs().isEmpty()) {
            problems.add("Nothing could be read from " + outcome.request().label());
        }
        dataset.set(next);
        sample.set(outcome.request().sample());
        title.set("Trapscope — " + outcome.request().label() + (outcome.request().sample() ? " (sample data)" : ""));
        if (filter.get().isEmpty()) {
            requestSelection(false);
        } else {
            filter.set(FilterState.NONE);
        }
    }

    private void requestSelection(boolean debounce) {
        long ticket = latestFilter.next();
        filterRun.cancel();
        Cancellation run = new Cancellation();
        filterRun = run;
        Dataset data = dataset.get();
        FilterState wanted = filter.get();
        filterDescription.set(wanted.describe(zone()));
        workers.background().execute(() -> {
            if (debounce && !Debounce.settle(workers, latestFilter, ticket)) {
                return;
            }
            try {
                EventSelection result = wanted.isEmpty() ? everything(data) : selector.select(data, wanted, run);
                workers.ui().execute(() -> {
                    if (latestFilter.isLatest(ticket)) {
                        filterError.set("");
                        show(result);
                    }
                });
            } catch (IllegalArgumentException e) {
                workers.ui().execute(() -> {
                    if (latestFilter.isLatest(ticket)) {
                        filterError.set(e.getMessage());
                    }
                });
            } catch (CancellationException stale) {
                // a newer filter took over; its result will be shown
            }
        });
    }

    private static EventSelection everything(Dataset data) {
        int[] all = new int[data.events().size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return SelectionCounts.of(data, FilterState.NONE, all);
    }

    private void show(EventSelection result) {
        selection.set(result);
        events.show(new EventRows(result.dataset(), result.events()));
        counts.set(CountsLine.of(result));
        if (activeReport != null) {
            activeReport.refresh(result, workers.background(), workers.ui());
        }
    }

    /** Tells which grouped view is on screen (null for the events table); it is brought up to date. */
    public void setActiveReport(ReportPane pane) {
        activeReport = pane;
        if (pane != null) {
            pane.refresh(selection.get(), workers.background(), workers.ui());
        }
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
        var files = dataset.get().events().files();
        return files.isEmpty() ? ZoneOffset.UTC : files.get(0).zone();
    }

    public LoadViewModel loading() {
        return loading;
    }

    public ReportTableViewModel events() {
        return events;
    }

    public List<ReportPane> reports() {
        return List.copyOf(reports);
    }

    public ObjectProperty<FilterState> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sampleProperty() {
        return sample.getReadOnlyProperty();
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
