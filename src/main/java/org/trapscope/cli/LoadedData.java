package org.trapscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.trapscope.analysis.DatasetIndex;
import org.trapscope.analysis.FilterEngine;
import org.trapscope.analysis.EventSelection;
import org.trapscope.load.Dataset;
import org.trapscope.load.DatasetLoader;
import org.trapscope.load.Problem;
import org.trapscope.load.RawLines;

/**
 * The opened files of one command run: the dataset, its lookup index, the raw lines and a
 * filter engine over them. Problems met while reading go to stderr; closing deletes the
 * temporary copies of decompressed archives.
 */
final class LoadedData implements AutoCloseable {
    private final Dataset dataset;
    private final DatasetIndex index;
    private final RawLines raw;
    private final FilterEngine engine;

    private final HostLookup hosts;

    private LoadedData(Dataset dataset, LoadArguments load) {
        this.dataset = dataset;
        this.hosts = new HostLookup(dataset.events().ips(), load.geo, load.online);
        this.index = new DatasetIndex(dataset, hosts, load.zone());
        this.raw = new RawLines(dataset.events());
        this.engine = new FilterEngine(index, raw);
    }

    /** Asks RDAP/WHOIS about every host of the selection (only with --online); progress on stderr. */
    void lookUpOnline(EventSelection selection, PrintWriter err) {
        hosts.lookUpOnline(selection, dataset.events(), err);
    }

    /** Loads the files; null when nothing at all could be read (the caller exits with 1). */
    static LoadedData load(LoadArguments load, PrintWriter err) {
        Dataset dataset = new DatasetLoader(load.options()).load(load.allFiles());
        for (Problem p : dataset.problems()) {
            err.println("trapscope: " + p);
        }
        err.flush();
        return dataset.inputs().isEmpty() ? null : new LoadedData(dataset, load);
    }

    Dataset dataset() {
        return dataset;
    }

    DatasetIndex index() {
        return index;
    }

    RawLines raw() {
        return raw;
    }

    FilterEngine engine() {
        return engine;
    }

    @Override
    public void close() throws IOException {
        try {
            raw.close();
        } finally {
            hosts.close();
        }
    }
}
