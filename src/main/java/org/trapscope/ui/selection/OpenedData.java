package org.trapscope.ui.selection;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.trapscope.analysis.DatasetIndex;
import org.trapscope.analysis.FilterEngine;
import org.trapscope.analysis.HostAttributes;
import org.trapscope.load.Dataset;
import org.trapscope.load.RawLines;

/**
 * One opened dataset with what the views need to query it: the lookup index, the raw lines
 * (for the detail pane, extracts and filters on unparsed lines) and the filter engine. Built on
 * a worker after loading; closing removes the temporary copies of decompressed archives.
 */
public final class OpenedData implements AutoCloseable {
    private final Dataset dataset;
    private final DatasetIndex index;
    private final RawLines raw;
    private final FilterEngine engine;
    private final List<String> countries;

    private OpenedData(Dataset dataset, DatasetIndex index, RawLines raw) {
        this.dataset = dataset;
        this.index = index;
        this.raw = raw;
        this.engine = new FilterEngine(index, raw);
        this.countries = List.copyOf(index.hosts().countries(dataset.events().ips().size()));
    }

    public static OpenedData of(Dataset dataset, HostAttributes hosts) {
        return new OpenedData(dataset, new DatasetIndex(dataset, hosts, zoneOf(dataset)), new RawLines(dataset.events()));
    }

    /**
     * The same data with other host attributes (new IP data, online answers): a new index over the
     * same raw lines, which stay open until the data is replaced by another dataset.
     */
    public OpenedData withHosts(HostAttributes hosts) {
        return new OpenedData(dataset, new DatasetIndex(dataset, hosts, index.zone()), raw);
    }

    public static OpenedData empty() {
        return of(Dataset.empty(), HostAttributes.NONE);
    }

    /** Times are shown in the zone of the first opened log, the zone its stamps were read in. */
    private static ZoneId zoneOf(Dataset dataset) {
        var files = dataset.events().files();
        return files.isEmpty() ? ZoneOffset.UTC : files.get(0).zone();
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetIndex index() {
        return index;
    }

    public RawLines raw() {
        return raw;
    }

    public FilterEngine engine() {
        return engine;
    }

    /** The countries of the opened hosts, sorted, for the country filter. */
    public List<String> countries() {
        return countries;
    }

    public ZoneId zone() {
        return index.zone();
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
