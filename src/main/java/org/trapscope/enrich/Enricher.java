package org.trapscope.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers "what is this address" from the offline sources, in order of precedence per field:
 * special-purpose ranges first (labelled, never looked up), then the user's imports, then the
 * bundled snapshot. Thread-safe; {@link #lookup} never touches the network.
 */
public final class Enricher {
    private final List<OfflineSource> sources;
    private final BundledSnapshot bundled;

    Enricher(List<OfflineSource> sources, BundledSnapshot bundled) {
        this.sources = List.copyOf(sources);
        this.bundled = bundled;
    }

    public static EnricherBuilder builder() {
        return new EnricherBuilder();
    }

    /** What the offline sources know about the address; never blocks on the network. */
    public Enrichment lookup(long hi, long lo) {
        String special = SpecialRanges.classify(hi, lo);
        if (special != null) {
            return Enrichment.special(special, SpecialRanges.blockOf(hi, lo));
        }
        EnrichmentDraft draft = new EnrichmentDraft();
        for (OfflineSource source : sources) {
            source.contribute(hi, lo, draft);
        }
        return draft.build();
    }

    /** Convenience for one address as text. */
    public Enrichment lookup(String address) {
        long[] parsed = IpNumbers.parse(address);
        return lookup(parsed[0], parsed[1]);
    }

    /** The bulk path: one answer per address, {@code hi[i], lo[i]} → element i. */
    public Enrichment[] lookupAll(long[] hi, long[] lo) {
        if (hi.length != lo.length) {
            throw new IllegalArgumentException("hi and lo differ in length: " + hi.length + " and " + lo.length);
        }
        Enrichment[] answers = new Enrichment[hi.length];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = lookup(hi[i], lo[i]);
        }
        return answers;
    }

    /** The date of the bundled data, or null when the enricher was built without it. */
    public LocalDate bundledDataDate() {
        return bundled == null ? null : bundled.dataDate();
    }

    /** One line per source, in order of precedence, for the data-source panel and About box. */
    public List<String> describeSources() {
        List<String> lines = new ArrayList<>();
        for (OfflineSource source : sources) {
            lines.add(source.describe());
        }
        return lines;
    }

    /** For --help: how old the bundled data is, without loading it. */
    public static String bundledDataSummary(LocalDate today) {
        LocalDate date = BundledSnapshot.readDataDate();
        long days = java.time.temporal.ChronoUnit.DAYS.between(date, today);
        return "Bundled IP data (country, AS number) of " + date + ", " + days + " days old; "
                + "ip-location-db, CC BY 4.0 (NRO, RouteViews, DB-IP)";
    }
}
