package org.trapscope.export;

import java.io.IOException;
import java.io.OutputStream;
import org.trapscope.analysis.EventSelection;
import org.trapscope.load.RawLines;

/**
 * The log extract: the original lines of the selected events in time order, as the analyst's
 * {@code grep >> extract.txt} loop produced them, but in one pass, in time order and with each
 * line once.
 */
public final class RawExtract {
    private RawExtract() {
    }

    public static void write(RawLines raw, EventSelection selection, OutputStream out) throws IOException {
        int[] events = selection.toArray();
        raw.write(events, events.length, out);
        out.flush();
    }
}
