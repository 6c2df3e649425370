package org.trapscope.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.trapscope.source.InputKind;
import org.trapscope.source.InputKinds;
import org.trapscope.source.LogFileGroup;
import org.trapscope.source.RotatedSets;
import org.trapscope.store.EventStore;
import org.trapscope.traps.SpamdbDump;
import org.trapscope.traps.SpamdbDumpReader;
import org.trapscope.traps.SpamtrapSet;
import org.trapscope.traps.TrapCountSeries;
import org.trapscope.traps.TrapCountsReader;
import org.trapscope.traps.TrapListReader;

/**
 * Opens what the user named: files, rotated sets and folders. Each file is recognised by its
 * content (a syslog log, a spamdb dump, a spamtrap list or an hourly count file), rotated sets
 * are read oldest first, and all logs become one time-ordered {@link EventStore}.
 */
public final class DatasetLoader {
    private final LoadOptions options;
    private final LoadProgress progress;
    private final Cancellation cancellation;

    public DatasetLoader(LoadOptions options, LoadProgress progress, Cancellation cancellation) {
        this.options = options;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    public DatasetLoader(LoadOptions options) {
        this(options, LoadProgress.NONE, new Cancellation());
    }

    /** Reads everything; problems are collected in the result, never thrown. */
    public Dataset load(List<Path> paths) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        ProblemSink sink = (file, line, message) -> problems.add(new Problem(file, line, message));
        List<Dataset.Input> inputs = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        SpamtrapSet spamtraps = SpamtrapSet.empty();
        List<SpamdbDump> dumps = new ArrayList<>();
        List<TrapCountSeries> counts = new ArrayList<>();
        for (LogFileGroup group : RotatedSets.group(paths, sink)) {
            for (Path file : group.oldestFirst()) {
                cancellation.check();
                try {
                    InputKind kind = InputKinds.sniff(file);
                    inputs.add(new Dataset.Input(file, kind));
                    switch (kind) {
                        case SYSLOG:
                            logs.add(file);
                            break;
                        case SPAMDB_DUMP:
                            SpamdbDump dump = SpamdbDumpReader.read(file, sink);
                            dumps.add(dump);
                            spamtraps = spamtraps.merge(dump.spamtrapSet());
                            break;
                        case TRAP_LIST:
                            spamtraps = spamtraps.merge(SpamtrapSet.of(TrapListReader.read(file, sink).addresses()));
                            break;
                        case TRAP_COUNTS:
                            counts.add(TrapCountsReader.read(file, options.zoneOf(file), sink));
                            break;
                        default:
                            throw new IllegalStateException("unhandled input kind " + kind);
                    }
                } catch (IOException e) {
                    sink.report(file, 0, "cannot be read: " + (e.getMessage() == null ? e : e.getMessage()));
                }
            }
        }
        EventStore events = new SyslogLoader(options, progress, cancellation, sink).load(logs);
        List<Problem> ordered = new ArrayList<>(problems);
        ordered.sort((x, y) -> {
            int c = x.file().toString().compareTo(y.file().toString());
            return c != 0 ? c : Long.compare(x.line(), y.line());
        });
        return new Dataset(inputs, events, spamtraps, dumps, counts, ordered);
    }
}
