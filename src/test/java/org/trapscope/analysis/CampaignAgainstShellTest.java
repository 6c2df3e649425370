package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.export.RawExtract;
import org.trapscope.load.RawLines;

/**
 * Workflow W1 against the analyst's pipelines and the generator's truth: the campaign's hosts,
 * its attempts ({@code grep -c}), all activity of its hosts and its targets.
 */
class CampaignAgainstShellTest {
    private static final String PHRASE = "really big trouble";

    @TempDir
    static Path dir;

    static GeneratedCorpus corpus;
    static RawLines raw;
    static FilterEngine engine;
    static Campaign campaign;

    @BeforeAll
    static void generate() throws Exception {
        corpus = GeneratedCorpus.make(dir, 3);
        raw = new RawLines(corpus.dataset.events());
        engine = new FilterEngine(corpus.index, raw);
        campaign = Campaign.find(engine, List.of(PHRASE));
    }

    @AfterAll
    static void close() throws Exception {
        raw.close();
    }

    @Test
    void hostsAreThoseOfTheShellPipelineAndOfTheTruth() throws Exception {
        Set<String> shell = GeneratedCorpus.sorted(corpus.shell(corpus.allSpamd()
                + " | grep -i '" + PHRASE + "' | awk '{print $6}' | tr -d ':' | sort -u"));
        ResultTable hosts = Reports.hosts(corpus.index, campaign.lines());
        Set<String> ours = new HashSet<>();
        for (int r = 0; r < hosts.rowCount(); r++) {
            ours.add(hosts.text(r, hosts.columnIndex("ip")));
        }
        assertEquals(shell, GeneratedCorpus.sorted(new ArrayList<>(ours)));
        assertEquals(GeneratedCorpus.sorted(corpus.truth("t['campaigns'][0]['hosts_seen']")), shell);
        assertEquals(shell.size(), campaign.hosts());
    }

    @Test
    void attemptsAreGrepsCountAndTheGeneratedSessions() throws Exception {
        int grepCount = Integer.parseInt(corpus.shell(corpus.allSpamd() + " | grep -ic '" + PHRASE + "'").get(0));
        assertEquals(grepCount, campaign.lines().size());
        assertEquals(Integer.parseInt(corpus.truth("[t['campaigns'][0]['sessions']]").get(0)), grepCount);
    }

    @Test
    void everyEventOfTheHostsIsEveryGeneratedLineOfTheCampaign() throws Exception {
        assertEquals(Integer.parseInt(corpus.truth("[t['campaigns'][0]['lines']]").get(0)), campaign.events().size());
    }

    @Test
    void targetsAreAmongTheGeneratedTargetsAndAllOfThemAreTraps() throws Exception {
        Set<String> truth = new HashSet<>(corpus.truth("t['campaigns'][0]['targets']"));
        ResultTable targets = Reports.targets(corpus.index, campaign.events());
        assertTrue(targets.rowCount() > 100);
        assertEquals(targets.rowCount(), campaign.targets());
        int traps = 0;
        for (int r = 0; r < targets.rowCount(); r++) {
            String address = targets.text(r, 0);
            assertTrue(truth.contains(address), address);
            traps += (int) targets.number(r, targets.columnIndex("in_spamtraps"));
        }
        assertEquals(traps, campaign.trapTargets());
        // the generator mixes one real-looking non-trap address into the first campaign only now and then
        assertTrue(traps >= targets.rowCount() - 1);
    }

    @Test
    void extractHasTheShellLoopsLinesWithoutItsSubstringMatches() throws Exception {
        Path extract = dir.resolve("extract.log");
        try (var out = Files.newOutputStream(extract)) {
            RawExtract.write(raw, campaign.events(), out);
        }
        List<String> ours = Files.readAllLines(extract);
        String hosts = String.join(" ", corpus.shell(corpus.allSpamd()
                + " | grep -i '" + PHRASE + "' | awk '{print $6}' | tr -d ':' | sort -u"));
        List<String> loop = corpus.shell(corpus.allSpamd() + " > all.log; for h in " + hosts
                + "; do grep $h all.log; done | sort -u");
        Set<String> loopLines = new HashSet<>(loop);
        assertTrue(loopLines.containsAll(ours));
        Set<String> hostSet = Set.of(hosts.split(" "));
        int substringMatches = 0;
        for (String line : loop) {
            if (!ours.contains(line)) {
                // what the loop has beyond ours is a substring match on another host's line
                assertFalse(hostSet.contains(sender(line)), line);
                substringMatches++;
            }
        }
        assertEquals(loopLines.size() - substringMatches, new HashSet<>(ours).size());
        for (int i = 1; i < ours.size(); i++) {
            // all in November: the BSD stamps compare as text
            assertTrue(ours.get(i - 1).substring(0, 15).compareTo(ours.get(i).substring(0, 15)) <= 0, ours.get(i));
        }
    }

    /** The address a spamd line is about: the field after the tag, past a (GREY)/(BLACK) marker. */
    private static String sender(String line) {
        String[] f = line.split(" +");
        String field = f[5].startsWith("(") ? f[6] : f[5];
        return field.endsWith(":") ? field.substring(0, field.length() - 1) : field;
    }
}
