package org.trapscope.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import org.trapscope.export.AtomicFile;
import org.trapscope.export.RawExtract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code events}: the selected events, or with {@code --raw} their original lines. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "The selected events in time order: time, log_host, program, ip, kind, user, sender, "
                + "recipient, text. With --raw, the original log lines instead (the log extract).")
final class EventsCommand extends ReportCommand {
    private static final int BATCH = 4096;

    @Option(names = "--raw", description = "Print the original log lines of the selected events, in time order.")
    boolean raw;

    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.events(data.index(), selection);
    }

    @Override
    String defaultSort() {
        return "";
    }

    @Override
    boolean writeInstead(LoadedData data, EventSelection selection) throws IOException {
        if (!raw) {
            return false;
        }
        EventSelection lines = output.limit == null ? selection : selection.head(output.limit);
        if (output.output != null) {
            AtomicFile.write(output.output, out -> RawExtract.write(data.raw(), lines, out));
            return true;
        }
        // standard output is a character writer: pass the lines on in batches
        PrintWriter out = spec.commandLine().getOut();
        int[] events = lines.toArray();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int from = 0; from < events.length; from += BATCH) {
            int count = Math.min(BATCH, events.length - from);
            bytes.reset();
            data.raw().write(Arrays.copyOfRange(events, from, from + count), count, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
        }
        out.flush();
        return true;
    }
}
