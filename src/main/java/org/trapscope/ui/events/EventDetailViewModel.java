package org.trapscope.ui.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trapscope.load.Dataset;
import org.trapscope.load.RawLines;
import org.trapscope.store.EventStore;
import org.trapscope.ui.common.LatestWins;
import org.trapscope.ui.common.Workers;

/**
 * The detail pane under the events table: the original log line of the selected event, read
 * back from its file on a worker, and where it came from. One {@link RawLines} per dataset keeps
 * archives decompressed once; it is closed when another dataset is opened.
 */
public final class EventDetailViewModel implements AutoCloseable {
    private final Workers workers;
    private final LatestWins latest = new LatestWins();
    private final ReadOnlyStringWrapper rawLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private Dataset dataset = Dataset.empty();
    private RawLines lines = new RawLines(Dataset.empty().events());

    public EventDetailViewModel(Workers workers) {
        this.workers = workers;
    }

    /** Switches to a newly opened dataset; the previous one's temporary files are removed. */
    public void setDataset(Dataset next) {
        RawLines previous = lines;
        dataset = next;
        lines = new RawLines(next.events());
        workers.background().execute(() -> closeQuietly(previous));
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
        RawLines source = lines;
        EventStore store = dataset.events();
        workers.background().execute(() -> {
            String text;
            try {
                text = source.line(event);
            } catch (IOException | UncheckedIOException e) {
                text = "(the original line cannot be read: " + e.getMessage() + ")";
            }
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

    /** The current dataset's raw-line reader, for raw log extracts. */
    public RawLines rawLines() {
        return lines;
    }

    @Override
    public void close() {
        closeQuietly(lines);
    }

    private static void closeQuietly(RawLines raw) {
        try {
            raw.close();
        } catch (IOException e) {
            // only temporary spill files are left behind; the OS cleans its temp folder
        }
    }
}
