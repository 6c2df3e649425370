package org.trapscope.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trapscope.load.Cancellation;
import org.trapscope.load.LoadProgress;
import org.trapscope.load.Problem;
import org.trapscope.load.SyslogLoader;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.store.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code summary}: what is in the files — lines, events by kind, unparsed lines, first and last time. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints per file and in total: lines, events by kind, unparsed lines, first and last time.")
final class SummaryCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Mixin
    LoadArguments load = new LoadArguments();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or csv (kind,events rows).")
    String format = "text";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or csv");
        }
        List<Problem> problems = new ArrayList<>();
        SyslogLoader loader = new SyslogLoader(load.options(), LoadProgress.NONE, new Cancellation(),
                (file, line, message) -> {
                    synchronized (problems) {
                        problems.add(new Problem(file, line, message));
                    }
                });
        EventStore store = loader.load(load.files);
        PrintWriter err = spec.commandLine().getErr();
        for (Problem p : problems) {
            err.println("trapscope: " + p);
        }
        err.flush();
        if (store.files().isEmpty()) {
            return FailureHandler.NOTHING_READ;
        }
        int files = store.files().size();
        int kinds = EventKind.count();
        long[][] perFile = new long[files + 1][kinds];
        long[] first = new long[files + 1];
        long[] last = new long[files + 1];
        java.util.Arrays.fill(first, Long.MAX_VALUE);
        java.util.Arrays.fill(last, Long.MIN_VALUE);
        for (int e = 0; e < store.size(); e++) {
            int f = store.fileIndex(e);
            int k = store.kindOrdinal(e);
            perFile[f][k]++;
            perFile[files][k]++;
            if (k != EventKind.UNPARSED.ordinal()) {
                long t = store.time(e);
                first[f] = Math.min(first[f], t);
                last[f] = Math.max(last[f], t);
                first[files] = Math.min(first[files], t);
                last[files] = Math.max(last[files], t);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("csv")) {
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("kind", "events").get())) {
                for (EventKind k : EventKind.values()) {
                    csv.printRecord(k.label(), perFile[files][k.ordinal()]);
                }
            }
            return 0;
        }
        long totalLines = 0;
        for (int f = 0; f < files; f++) {
            SourceFile file = store.files().get(f);
            totalLines += file.lines();
            out.printf(Locale.ROOT, "%s (%s, zone %s)%n", file.path(), file.compression(), file.zone());
            printBlock(out, file.lines(), perFile[f], first[f], last[f], file.zone());
        }
        out.printf(Locale.ROOT, "total (%d file%s)%n", files, files == 1 ? "" : "s");
        printBlock(out, totalLines, perFile[files], first[files], last[files], store.files().get(0).zone());
        out.flush();
        return 0;
    }

    private static void printBlock(PrintWriter out, long lines, long[] counts, long first, long last, ZoneId zone) {
        long events = 0;
        for (long c : counts) {
            events += c;
        }
        out.printf(Locale.ROOT, "  %-14s %,15d%n", "lines", lines);
        out.printf(Locale.ROOT, "  %-14s %,15d%n", "events", events);
        out.printf(Locale.ROOT, "  %-14s %,15d%n", "unparsed", counts[EventKind.UNPARSED.ordinal()]);
        out.printf(Locale.ROOT, "  %-14s %15s%n", "first", first == Long.MAX_VALUE ? "-" : format(first, zone));
        out.printf(Locale.ROOT, "  %-14s %15s%n", "last", last == Long.MIN_VALUE ? "-" : format(last, zone));
        for (EventKind k : EventKind.values()) {
            long c = counts[k.ordinal()];
            if (c > 0) {
                out.printf(Locale.ROOT, "    %-12s %,15d%n", k.label(), c);
            }
        }
    }

    private static String format(long epochMillis, ZoneId zone) {
        return TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }
}
