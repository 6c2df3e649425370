package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.load.Dataset;
import org.trapscope.load.DatasetLoader;
import org.trapscope.load.LoadOptions;
import org.trapscope.load.RawLines;

/** Where the pipelines are wrong: substring address matches and IPv6 addresses through {@code tr -d ':'}. */
class ExactAddressTest {
    private static final String LOG = String.join("\n",
            "Nov 20 10:00:00 skapet spamd[1]: 1.2.3.4: connected (1/0), lists: spamd-greytrap",
            "Nov 20 10:00:05 skapet spamd[1]: 1.2.3.4: Subject: Win big now",
            "Nov 20 10:00:06 skapet spamd[1]: 11.2.3.45: connected (1/0)",
            "Nov 20 10:00:07 skapet spamd[1]: 11.2.3.45: Subject: Hello",
            "Nov 20 10:00:08 skapet spamd[1]: 2001:db8::25: connected (1/0)",
            "Nov 20 10:00:09 skapet spamd[1]: 2001:db8::25: Subject: WIN BIG today",
            "Nov 20 10:00:10 skapet spamd[1]: 2001:db8::25: disconnected after 2 seconds.", "");

    @TempDir
    Path dir;

    @Test
    void campaignUsesExactAddressesWhereThePipelineDoesNot() throws Exception {
        GeneratedCorpus.write(dir.resolve("spamd"), LOG);
        Set<String> shellHosts = new TreeSet<>(List.of(GeneratedCorpus.run(dir, "bash", "-c",
                "grep -i 'win big' spamd | awk '{print $6}' | tr -d ':' | sort -u").split("\n")));
        // the IPv6 sender comes out of the pipeline as a string that is no address at all
        assertEquals(Set.of("1.2.3.4", "2001db825"), shellHosts);
        int loopLines = GeneratedCorpus.run(dir, "bash", "-c", "grep 1.2.3.4 spamd").split("\n").length;
        // grep 1.2.3.4 also takes 11.2.3.45's lines
        assertEquals(4, loopLines);

        Dataset dataset = new DatasetLoader(LoadOptions.defaults().withZone(ZoneId.of("UTC")).withFirstYear(2022))
                .load(List.of(dir.resolve("spamd")));
        DatasetIndex index = new DatasetIndex(dataset, HostAttributes.NONE, ZoneId.of("UTC"));
        try (RawLines raw = new RawLines(dataset.events())) {
            FilterEngine engine = new FilterEngine(index, raw);
            Campaign campaign = Campaign.find(engine, List.of("win big"));
            ResultTable hosts = Reports.hosts(index, campaign.events());
            Set<String> ours = new TreeSet<>();
            for (int r = 0; r < hosts.rowCount(); r++) {
                ours.add(hosts.text(r, 0));
            }
            assertEquals(Set.of("1.2.3.4", "2001:db8::25"), ours);
            assertEquals(5, campaign.events().size());
            EventSelection exact = engine.select(Filter.builder().ip(IpRange.parse("1.2.3.4")).build());
            assertEquals(2, exact.size());
            EventSelection v6 = engine.select(Filter.builder().ip(IpRange.parse("2001:db8::/32")).build());
            assertEquals(3, v6.size());
        }
    }
}
