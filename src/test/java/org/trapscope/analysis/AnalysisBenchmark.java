package org.trapscope.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.trapscope.enrich.Enricher;
import org.trapscope.load.Dataset;
import org.trapscope.load.DatasetLoader;
import org.trapscope.load.LoadOptions;
import org.trapscope.load.RawLines;
import org.trapscope.store.EventKind;

/**
 * Times every filter with every report after loading (select + build + default sort), the
 * budget being 100 ms per combination. Not a unit test: run it by hand on a corpus,
 *
 * <pre>
 * python3 ../shared/tools/genlogs.py /tmp/c --spamd-mb 1000 --plain --seed 7
 * java -Xmx12g -cp target/classes:target/test-classes:$(cat cp.txt) org.trapscope.analysis.AnalysisBenchmark \
 *     /tmp/c/spamd /tmp/c/maillog /tmp/c/authlog /tmp/c/spamdb.txt
 * </pre>
 *
 * <p>No {@code -Xms}: a heap committed up front but never touched makes each large array of a
 * report fault its pages in afresh, which on a virtual machine costs more than the report itself.
 *
 * <p>Hosts carry the bundled offline enrichment, as on the command line, so the country filter
 * selects the hosts of the corpus's most common country.
 *
 * {@code -Dbench.filters=none,phrase} and {@code -Dbench.reports=targets} time only the named
 * filters and reports (names as in the printed table); {@code -Dbench.grep=REGEX} adds a filter.
 *
 * <p>{@code --grep} reads every raw line of the events it is asked about, so it is timed but is
 * not held to the budget.
 */
public final class AnalysisBenchmark {
    private static final int RUNS = 7;
    private static final int WARM_UP = 5;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Arrays.stream(args).map(Path::of).toList();
        ZoneId zone = ZoneId.of("UTC");
        long t0 = System.nanoTime();
        Dataset dataset = new DatasetLoader(LoadOptions.defaults().withZone(zone)).load(files);
        long t1 = System.nanoTime();
        Enricher enricher = Enricher.builder().build();
        DatasetIndex index = new DatasetIndex(dataset, new EnrichedHosts(enricher, dataset.events().ips()), zone);
        long t2 = System.nanoTime();
        // measure the steady state after load, not the collector tidying up the loader's garbage
        System.gc();
        System.out.printf(Locale.ROOT, "%,d events, %,d strings, %,d hosts, %,d sessions; load %.0f ms, index %.0f ms%n",
                dataset.events().size(), dataset.events().stringCount(), dataset.events().ips().size(),
                dataset.events().sessions().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        try (RawLines raw = new RawLines(dataset.events())) {
            FilterEngine engine = new FilterEngine(index, raw);
            Map<String, Filter> filters = only(filters(dataset, index, zone), "bench.filters");
            Map<String, Function<EventSelection, ResultTable>> reports = only(reports(index), "bench.reports");
            Map<String, String> sorts = Map.of("hosts", "events:desc", "users", "attempts:desc", "pairs", "ip,user",
                    "targets", "attempts:desc", "subjects", "sessions:desc", "events", "time", "timeline", "bucket",
                    "counts", "measure", "networks", "hosts:desc", "harvest", "attempts:desc");
            System.out.printf(Locale.ROOT, "%-22s %10s %9s", "filter \\ report (ms)", "selected", "select");
            for (String r : reports.keySet()) {
                System.out.printf(Locale.ROOT, " %9s", r);
            }
            System.out.println();
            double worst = 0;
            for (Map.Entry<String, Filter> f : filters.entrySet()) {
                int selected = engine.select(f.getValue()).size();
                System.out.printf(Locale.ROOT, "%-22s %,10d %9.1f", f.getKey(), selected,
                        median(() -> engine.select(f.getValue())));
                for (Map.Entry<String, Function<EventSelection, ResultTable>> r : reports.entrySet()) {
                    double ms = median(() -> {
                        ResultTable table = r.getValue().apply(engine.select(f.getValue()));
                        TableSorter.order(table, TableSorter.parse(table, sorts.get(r.getKey())));
                    });
                    if (f.getValue().grep() == null) {
                        worst = Math.max(worst, ms);
                    }
                    System.out.printf(Locale.ROOT, " %9.1f", ms);
                }
                System.out.println();
            }
            System.out.printf(Locale.ROOT, "worst combination without --grep: %.1f ms%n", worst);
        }
    }

    private static Map<String, Filter> filters(Dataset dataset, DatasetIndex index, ZoneId zone) {
        var store = dataset.events();
        String someIp = store.ipText(store.size() / 2);
        String block = someIp.contains(".") ? someIp.substring(0, someIp.indexOf('.', someIp.indexOf('.') + 1))
                + ".0.0/16" : someIp + "/64";
        LocalDate mid = Instant.ofEpochMilli(store.time(store.size() / 2)).atZone(zone).toLocalDate();
        Map<String, Filter> f = new LinkedHashMap<>();
        f.put("none", Filter.NONE);
        f.put("phrase", Filter.builder().phrase("really big trouble").build());
        f.put("campaign", Filter.builder().campaign("really big trouble").build());
        f.put("ip " + block, Filter.builder().ip(IpRange.parse(block)).build());
        f.put("country " + commonestCountry(index), Filter.builder().country(commonestCountry(index)).build());
        f.put("in-spamtraps yes", Filter.builder().inSpamtraps(SpamtrapCondition.YES).build());
        f.put("in-spamtraps no", Filter.builder().inSpamtraps(SpamtrapCondition.NO).build());
        f.put("since/until 1 day", Filter.builder().since(mid.atStartOfDay(zone).toInstant().toEpochMilli())
                .until(mid.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()).build());
        f.put("kind black", Filter.builder().kind(EventKind.BLACK).build());
        f.put("program spop3d", Filter.builder().program("spop3d").build());
        f.put("exclude-blacklisted", Filter.builder().excludeBlacklisted(true).build());
        f.put("phrase+kind+time", Filter.builder().phrase("hacker").kind(EventKind.BODY)
                .since(mid.atStartOfDay(zone).toInstant().toEpochMilli()).build());
        f.put("grep text", Filter.builder().grep("disconnected after").build());
        f.put("grep regex", Filter.builder().grep("Subject: .*[Tt]rouble").build());
        f.put("grep sshd", Filter.builder().grep("port 22\\d\\d ssh2").program("sshd").build());
        String grep = System.getProperty("bench.grep");
        if (grep != null) {
            f.put("grep " + grep, Filter.builder().grep(grep).build());
        }
        return f;
    }

    private static Map<String, Function<EventSelection, ResultTable>> reports(DatasetIndex index) {
        Map<String, Function<EventSelection, ResultTable>> r = new LinkedHashMap<>();
        r.put("events", s -> Reports.events(index, s));
        r.put("hosts", s -> Reports.hosts(index, s));
        r.put("users", s -> Reports.users(index, s));
        r.put("pairs", s -> Reports.pairs(index, s));
        r.put("targets", s -> Reports.targets(index, s));
        r.put("subjects", s -> Reports.subjects(index, s));
        r.put("timeline", s -> Reports.timeline(index, s, Bucket.HOUR));
        r.put("counts", s -> Reports.counts(index, s));
        r.put("networks", s -> Reports.networks(index, s, false));
        r.put("harvest", s -> Reports.harvest(index, s, HarvestOptions.defaults()));
        return r;
    }

    /** The country of the most hosts. */
    private static String commonestCountry(DatasetIndex index) {
        Map<String, Integer> hosts = new HashMap<>();
        for (int ip = 0; ip < index.store().ips().size(); ip++) {
            String country = index.hosts().country(ip);
            if (!country.isEmpty()) {
                hosts.merge(country, 1, Integer::sum);
            }
        }
        return hosts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("CN");
    }

    /** The entries named in the comma-separated system property, or all when it is not set. */
    private static <T> Map<String, T> only(Map<String, T> all, String property) {
        String names = System.getProperty(property);
        if (names == null) {
            return all;
        }
        Map<String, T> chosen = new LinkedHashMap<>();
        for (String name : names.split(",")) {
            all.keySet().stream().filter(k -> k.startsWith(name)).forEach(k -> chosen.put(k, all.get(k)));
        }
        return chosen;
    }

    private static double median(Runnable work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS + WARM_UP; i++) {
            long start = System.nanoTime();
            work.run();
            if (i >= WARM_UP) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }
}
