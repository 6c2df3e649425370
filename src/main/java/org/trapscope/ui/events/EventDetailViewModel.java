package org.trapscope.ui.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trapscope.store.EventStore;
import org.trapscope.ui.common.LatestWins;
import org.trapscope.ui.common.Workers;
import org.trapscope.ui.selection.OpenedData;

/**
 * The detail pane under the events table: the original log line of the selected event, read
 * back from its file on a worker, and where it came from.
 */
public final class EventDetailViewModel {
    private final Workers workers;
    private final LatestWins latest = new LatestWins();
    private final ReadOnlyStringWrapper rawLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private OpenedData data = OpenedData.empty();

    public EventDetailViewModel(Workers workers) {
        this.workers = workers;
    }

    /** Switches to newly opened data and clears the pane. */
    public void setData(OpenedData next) {
        data = next;
        show(-1);
    }

    /** Shows the event with this store index; -1 clears the pane. */
    public void show(int event) {
        long ticket = latest.next();
        if (event < 0) {
            rawLine.set("");
            origin.set("");
            return;
        }
        OpenedData source = data;
        workers.background().execute(() -> {
            String text;
            try {
                text = source.raw().line(event);
            } catch (IOException | UncheckedIOException e) {
                text = "(the original line cannot be read: " + e.getMessage() + ")";
            }
            EventStore store = source.dataset().events();
            String where = store.files().get(store.fileIndex(event)).path() + " · byte " + store.offset(event)
                    + " · " + store.origin(event).logHost() + " " + store.origin(event).program();
            String line = text;
            workers.ui().execute(() -> {
                if (latest.isLatest(ticket)) {
                    rawLine.set(line);
                    origin.set(where);
                }
            });
        });
    }

    public ReadOnlyStringProperty rawLineProperty() {
        return rawLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }
}
