package org.trapscope.ui.chart;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.trapscope.ui.common.LatestWins;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.selection.Selection;

/**
 * The timeline of the current selection, bucketed on a worker when the selection or slot width
 * changes. Counting is a pass over every selected event, so it is done only while the chart is on
 * screen (and once per selection and width); a chart shown later catches up then.
 */
public final class TimelineViewModel {
    /** Few enough points for a stacked area chart to draw quickly, enough to see a swell hour by hour. */
    static final int MAX_BUCKETS = 1500;

    private final Workers workers;
    private final LatestWins latest = new LatestWins();
    private final ObjectProperty<BucketWidth> width = new SimpleObjectProperty<>(BucketWidth.AUTO);
    private final ReadOnlyObjectWrapper<TimelineBuckets> buckets = new ReadOnlyObjectWrapper<>(TimelineBuckets.EMPTY);
    private Selection selection;
    private boolean onScreen;
    /** What the buckets shown (or on their way) were counted for. */
    private Selection counted;
    private BucketWidth countedWidth;

    public TimelineViewModel(Workers workers) {
        this.workers = workers;
        width.addListener((obs, old, next) -> recompute());
    }

    public void show(Selection next) {
        selection = next;
        recompute();
    }

    /** Tells whether the chart is on screen; shown again, it is brought up to date. */
    public void setOnScreen(boolean visible) {
        onScreen = visible;
        recompute();
    }

    private void recompute() {
        Selection current = selection;
        BucketWidth choice = width.get();
        if (current == null || !onScreen || (current == counted && choice == countedWidth)) {
            return;
        }
        counted = current;
        countedWidth = choice;
        long ticket = latest.next();
        workers.background().execute(() -> {
            TimelineBuckets result = TimelineBuckets.of(current.data().dataset().events(), current.events(), choice, MAX_BUCKETS);
            workers.ui().execute(() -> {
                if (latest.isLatest(ticket)) {
                    buckets.set(result);
                }
            });
        });
    }

    public ObjectProperty<BucketWidth> widthProperty() {
        return width;
    }

    public ReadOnlyObjectProperty<TimelineBuckets> bucketsProperty() {
        return buckets.getReadOnlyProperty();
    }
}
