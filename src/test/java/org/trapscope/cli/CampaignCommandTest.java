package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code campaign --phrase TEXT --out DIR} on a generated corpus, every file checked against the
 * tests' own reading of the raw spamd lines: the hosts that sent a line containing the phrase
 * (exact address, as the analyst's awk field is), all their lines, their recipients, the figures.
 * A decoy host whose address contains a campaign host's address as a substring sends a few lines
 * of its own: a substring match (the analyst's {@code grep $h} loop) would pick them up.
 */
class CampaignCommandTest {
    /** Typed in another case than the logs have it: the search ignores case, as grep -i does. */
    private static final String PHRASE = "REALLY big trouble";
    private static final int YEAR = 2022;
    private static final Pattern ENVELOPE_TO = Pattern.compile(
            "^\\S+ +\\d+ \\S+ \\S+ \\S+ \\((?:BLACK|GREY)\\) \\S+: .* -> (<[^>]*>)$");
    private static final Pattern HEADER_TO = Pattern.compile("^\\S+ +\\d+ \\S+ \\S+ \\S+ \\S+: To: (.*)$");

    @TempDir
    static Path dir;

    static Path out;
    static Cli cli;
    static String decoy;
    /** Every spamd line: the rotated files oldest first, then the decoy's (an address of its own). */
    static List<String> lines = new ArrayList<>();
    static List<String> phraseLines = new ArrayList<>();
    static Set<String> hosts = new TreeSet<>();
    /** The lines of the campaign's hosts, by exact address. */
    static List<String> extract = new ArrayList<>();
    /** Per line of {@link #lines}: the client address it is about. */
    static String[] senderOfLine;
    /** Per line of {@link #lines}: its spamd session, numbered as the log shows connects and disconnects. */
    static int[] sessionOfLine;
    static Set<String> spamtraps = new HashSet<>();
    static Set<String> trapped = new HashSet<>();

    @BeforeAll
    static void runTheCampaignCommand() throws Exception {
        GeneratedLogs.generate(dir, "--spamd-mb", "2", "--seed", "3");
        for (String f : new String[] {"spamd.1.gz", "spamd.0.gz", "spamd"}) {
            lines.addAll(GeneratedLogs.lines(dir.resolve(f)));
        }
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).contains(PHRASE.toLowerCase(Locale.ROOT))) {
                phraseLines.add(line);
                hosts.add(GeneratedLogs.spamdSender(line));
            }
        }
        decoy = decoyOf(hosts, lines);
        assertNotNull(decoy, "a campaign host whose address can be prefixed with 1");
        List<String> decoyLines = List.of(
                "Nov 19 12:00:00 skapet spamd[8716]: " + decoy + ": connected (4/2), lists: spamd-greytrap",
                "Nov 19 12:00:09 skapet spamd[8716]: (BLACK) " + decoy
                        + ": <zo@spam.example> -> <decoy.only@bsdly.net>",
                "Nov 19 12:01:00 skapet spamd[8716]: " + decoy + ": Subject: Increase your sales today",
                "Nov 19 12:02:00 skapet spamd[8716]: " + decoy + ": disconnected after 120 seconds.");
        Files.write(dir.resolve("decoy.log"), decoyLines);
        lines.addAll(decoyLines);

        senderOfLine = lines.stream().map(GeneratedLogs::spamdSender).toArray(String[]::new);
        for (int i = 0; i < lines.size(); i++) {
            if (hosts.contains(senderOfLine[i])) {
                extract.add(lines.get(i));
            }
        }
        sessionOfLine = sessions(lines);
        for (String line : GeneratedLogs.lines(dir.resolve("spamdb.txt"))) {
            String[] f = line.split("\\|");
            if (f[0].equals("SPAMTRAP")) {
                spamtraps.add(f[1].toLowerCase(Locale.ROOT));
            } else if (f[0].equals("TRAPPED")) {
                trapped.add(f[1]);
            }
        }

        out = dir.resolve("out");
        cli = Cli.run("campaign", "--phrase", PHRASE, "--out", out.toString(), "--zone", "UTC", "--year",
                Integer.toString(YEAR), "--traps", dir.resolve("spamdb.txt").toString(),
                dir.resolve("spamd.1.gz").toString(), dir.resolve("spamd.0.gz").toString(),
                dir.resolve("spamd").toString(), dir.resolve("decoy.log").toString());
        assertEquals(0, cli.exit(), cli.err());
    }

    /** A campaign host h such that 1h is an address no generated line has: its lines contain h. */
    private static String decoyOf(Set<String> hosts, List<String> lines) {
        for (String h : hosts) {
            if (Integer.parseInt(h.substring(0, h.indexOf('.'))) <= 99
                    && lines.stream().noneMatch(l -> l.contains("1" + h))) {
                return "1" + h;
            }
        }
        return null;
    }

    /**
     * spamd sessions as the log shows them: per address from {@code connected} to {@code disconnected};
     * a line of an address with no open session opens one (a log that starts mid-session).
     */
    private static int[] sessions(List<String> lines) {
        int[] session = new int[lines.size()];
        Map<String, Integer> open = new HashMap<>();
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String ip = senderOfLine[i];
            Integer s = open.get(ip);
            if (line.contains(ip + ": connected (") || s == null) {
                s = next++;
                open.put(ip, s);
            }
            session[i] = s;
            if (line.contains(ip + ": disconnected after ")) {
                open.remove(ip);
            }
        }
        return session;
    }

    /** The recipient a line names (envelope or To: header), without angle brackets, lower case; or null. */
    private static String target(String line) {
        Matcher m = ENVELOPE_TO.matcher(line);
        if (!m.matches()) {
            m = HEADER_TO.matcher(line);
            if (!m.matches()) {
                return null;
            }
        }
        String t = m.group(1).strip();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        return t.toLowerCase(Locale.ROOT);
    }

    private static List<CSVRecord> csv(Path file, String header) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith(header + "\r\n"), file + " starts with its header: " + text.lines().findFirst());
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void theCorpusHasTheCampaignAndTheDecoyWouldFoolASubstringMatch() {
        assertTrue(hosts.size() > 100, "hosts: " + hosts.size());
        assertTrue(phraseLines.size() > hosts.size());
        assertFalse(hosts.contains(decoy));
        String host = decoy.substring(1);
        assertEquals(4, lines.stream().filter(l -> l.contains(host) && !host.equals(GeneratedLogs.spamdSender(l)))
                .count(), "grep " + host + " also finds the decoy's lines");
    }

    @Test
    void hostsAreThoseThatSentThePhraseByExactAddress() throws Exception {
        List<CSVRecord> rows = csv(out.resolve("hosts.csv"),
                "ip,events,sessions,first_seen,last_seen,country,network,as_org,trapped,netname,asn");
        Map<String, CSVRecord> byIp = new TreeMap<>();
        for (CSVRecord r : rows) {
            assertEquals(null, byIp.put(r.get("ip"), r), "one row per host: " + r);
        }
        assertEquals(hosts, byIp.keySet());
        assertFalse(byIp.containsKey(decoy));
        // the generator's own record of which hosts carried the first campaign
        List<String> truth = GeneratedLogs.run(dir, List.of("python3", "-c",
                "import json\nfor h in json.load(open('truth.json'))['campaigns'][0]['hosts_seen']: print(h)"));
        assertEquals(new TreeSet<>(truth), byIp.keySet());

        for (String ip : hosts) {
            CSVRecord r = byIp.get(ip);
            List<String> own = new ArrayList<>();
            Set<Integer> ownSessions = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (ip.equals(senderOfLine[i])) {
                    own.add(lines.get(i));
                    ownSessions.add(sessionOfLine[i]);
                }
            }
            assertEquals(Integer.toString(own.size()), r.get("events"), ip);
            assertEquals(Integer.toString(ownSessions.size()), r.get("sessions"), ip);
            assertEquals(GeneratedLogs.reportTime(own.get(0), YEAR), r.get("first_seen"), ip);
            assertEquals(GeneratedLogs.reportTime(own.get(own.size() - 1), YEAR), r.get("last_seen"), ip);
            assertEquals(trapped.contains(ip) ? "yes" : "no", r.get("trapped"), ip);
        }
        // every host of a generated campaign is in the dump's TRAPPED list
        assertTrue(rows.stream().allMatch(r -> r.get("trapped").equals("yes")));
        // events:desc, then address
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(Integer.parseInt(rows.get(i - 1).get("events")) >= Integer.parseInt(rows.get(i).get("events")));
        }
    }

    @Test
    void extractHoldsExactlyTheLinesOfThoseHostsInTimeOrder() throws IOException {
        List<String> written = Files.readAllLines(out.resolve("extract.log"));
        assertEquals(extract.size(), written.size());
        List<String> expected = new ArrayList<>(extract);
        List<String> actual = new ArrayList<>(written);
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual);
        assertTrue(written.stream().noneMatch(l -> l.contains(decoy)), "no substring match on " + decoy);
        for (int i = 1; i < written.size(); i++) {
            // all in November: the BSD stamps compare as text
            assertTrue(written.get(i - 1).substring(0, 15).compareTo(written.get(i).substring(0, 15)) <= 0,
                    written.get(i));
        }
    }

    @Test
    void targetsAreEveryRecipientOfThoseHostsMarkedSpamtrapOrNot() throws IOException {
        Map<String, Set<Integer>> sessions = new TreeMap<>();
        Map<String, Set<String>> senders = new HashMap<>();
        Map<String, String> first = new HashMap<>();
        Map<String, String> last = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String ip = senderOfLine[i];
            String t = target(line);
            if (t == null || !hosts.contains(ip)) {
                continue;
            }
            sessions.computeIfAbsent(t, k -> new HashSet<>()).add(sessionOfLine[i]);
            senders.computeIfAbsent(t, k -> new HashSet<>()).add(ip);
            first.putIfAbsent(t, GeneratedLogs.reportTime(line, YEAR));
            last.put(t, GeneratedLogs.reportTime(line, YEAR));
        }
        List<CSVRecord> rows = csv(out.resolve("targets.csv"),
                "address,attempts,hosts,first_seen,last_seen,in_spamtraps");
        Set<String> addresses = new LinkedHashSet<>();
        for (CSVRecord r : rows) {
            String a = r.get("address");
            assertTrue(addresses.add(a), "one row per target: " + a);
            assertTrue(sessions.containsKey(a), "a recipient of the campaign's hosts: " + a);
            assertEquals(Integer.toString(sessions.get(a).size()), r.get("attempts"), a);
            assertEquals(Integer.toString(senders.get(a).size()), r.get("hosts"), a);
            assertEquals(first.get(a), r.get("first_seen"), a);
            assertEquals(last.get(a), r.get("last_seen"), a);
            assertEquals(spamtraps.contains(a) ? "yes" : "no", r.get("in_spamtraps"), a);
        }
        assertEquals(sessions.keySet(), new TreeSet<>(addresses));
        assertFalse(addresses.contains("decoy.only@bsdly.net"));
        assertTrue(rows.stream().anyMatch(r -> r.get("in_spamtraps").equals("yes")));
    }

    @Test
    void summaryStatesTheFigures() throws IOException {
        Set<String> targets = new HashSet<>();
        for (String line : extract) {
            String t = target(line);
            if (t != null) {
                targets.add(t);
            }
        }
        Set<Integer> phraseSessions = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase(Locale.ROOT).contains(PHRASE.toLowerCase(Locale.ROOT))) {
                phraseSessions.add(sessionOfLine[i]);
            }
        }
        long trapTargets = targets.stream().filter(spamtraps::contains).count();
        List<String> expected = List.of(
                "campaign: " + PHRASE,
                row("attempts (lines, as grep -c)", phraseLines.size()),
                row("spamd sessions carrying it", phraseSessions.size()),
                row("unique hosts", hosts.size()),
                row("events of those hosts", extract.size()),
                row("unique targets", targets.size()),
                row("targets that are spamtraps", trapTargets),
                row("first seen", GeneratedLogs.reportTime(phraseLines.get(0), YEAR)),
                row("last seen", GeneratedLogs.reportTime(phraseLines.get(phraseLines.size() - 1), YEAR)));
        String summary = Files.readString(out.resolve("summary.txt"));
        assertEquals(expected, summary.lines().toList());
        assertEquals(summary, cli.out(), "the summary is also printed");
        assertTrue(trapTargets > 0 && trapTargets <= targets.size());
    }

    @Test
    void withoutTrapsTheSpamtrapCountIsUnknownAndTheTrappedColumnEmpty() throws IOException {
        Path plain = dir.resolve("without-traps");
        Cli run = Cli.run("campaign", "--phrase", PHRASE, "--out", plain.toString(), "--zone", "UTC", "--year",
                Integer.toString(YEAR), dir.resolve("spamd.1.gz").toString(), dir.resolve("spamd.0.gz").toString(),
                dir.resolve("spamd").toString());
        assertEquals(0, run.exit(), run.err());
        List<String> summary = Files.readAllLines(plain.resolve("summary.txt"));
        assertTrue(summary.contains("targets that are spamtraps     unknown (no --traps)"), summary.toString());
        assertTrue(summary.contains(row("unique hosts", hosts.size())), summary.toString());
        for (CSVRecord r : csv(plain.resolve("hosts.csv"),
                "ip,events,sessions,first_seen,last_seen,country,network,as_org,trapped,netname,asn")) {
            assertEquals("", r.get("trapped"), r.toString());
        }
        for (CSVRecord r : csv(plain.resolve("targets.csv"),
                "address,attempts,hosts,first_seen,last_seen,in_spamtraps")) {
            assertEquals("", r.get("in_spamtraps"), r.toString());
        }
    }

    /** A summary line: the label in 30 columns, a space, the value. */
    private static String row(String label, Object value) {
        return label + " ".repeat(31 - label.length()) + value;
    }
}
