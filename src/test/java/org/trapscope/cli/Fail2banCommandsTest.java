package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command and the auth reports on fail2ban's real sample lines. */
class Fail2banCommandsTest {
    private static final Path SAMPLES = Path.of("src", "test", "resources", "fail2ban");
    private static final String[] FILES = {"sshd", "dovecot", "courier-auth", "cyrus-imap", "postfix", "solid-pop3d",
            "uwimap-auth"};

    @TempDir
    static Path dir;

    static String traps;

    @BeforeAll
    static void trapList() throws IOException {
        traps = Files.writeString(dir.resolve("traps.txt"), "root@example.com\nmartin@waschbuesch.de\n").toString();
    }

    private static String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of(command, "--zone", "UTC", "--year", "2020", "--traps", traps));
        for (String f : FILES) {
            all.add(SAMPLES.resolve(f).toString());
        }
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void usersCountTheFailedLoginsOfTheEventsReport() throws IOException {
        Cli users = Cli.run(args("users", "--format", "csv"));
        assertEquals(0, users.exit(), users.err());
        assertTrue(users.out().startsWith("user,attempts,hosts,first_seen,last_seen,in_spamtraps\r\n"), users.out());
        long attempts = 0;
        for (CSVRecord r : csv(users.out())) {
            attempts += Long.parseLong(r.get("attempts"));
            assertTrue(r.get("first_seen").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), r.get("first_seen"));
        }
        Cli events = Cli.run(args("events", "--format", "csv", "--kind", "auth-failure,invalid-user"));
        // some daemons log a failure without the user name; those cannot count for a user
        assertEquals(attempts, csv(events.out()).stream().filter(r -> !r.get("user").isEmpty()).count());
        assertTrue(attempts > 50, "fail2ban's samples hold many failed logins");
    }

    @Test
    void pairsAreUniqueAndMarkTrapUserNames() throws IOException {
        Cli pairs = Cli.run(args("pairs", "--format", "csv"));
        assertEquals(0, pairs.exit(), pairs.err());
        assertTrue(pairs.out().startsWith(
                "ip,user,attempts,first_seen,last_seen,in_spamtraps,network,netname,country,as_org,asn\r\n"));
        Set<String> seen = new HashSet<>();
        boolean rootIsTrap = false;
        for (CSVRecord r : csv(pairs.out())) {
            assertTrue(seen.add(r.get("ip") + " " + r.get("user")), "pair twice: " + r);
            if (r.get("user").equals("root")) {
                rootIsTrap = r.get("in_spamtraps").equals("yes");
            }
        }
        assertTrue(rootIsTrap);
        Cli onlyTraps = Cli.run(args("pairs", "--format", "csv", "--in-spamtraps", "yes"));
        for (CSVRecord r : csv(onlyTraps.out())) {
            assertEquals("yes", r.get("in_spamtraps"), r.toString());
        }
    }

    @Test
    void everyCommandAndFilterRuns() {
        String[][] runs = {
            {"events"}, {"events", "--raw", "--limit", "3"}, {"hosts", "--sort", "ip"}, {"users", "--limit", "5"},
            {"pairs", "--sort", "attempts:desc,ip"}, {"targets"}, {"subjects"}, {"timeline", "--bucket", "day"},
            {"trapcounts"}, {"counts"}, {"harvest", "--domain", "example.com"}, {"hosts", "--format", "pf"},
            {"events", "--phrase", "root"}, {"events", "--campaign", "root"}, {"events", "--ip", "192.0.2.0/24"},
            {"events", "--ip", "2001:db8::/32"}, {"events", "--country", "NO"}, {"events", "--in-spamtraps", "no"},
            {"events", "--since", "2005-01-01", "--until", "2020-12-31T23:59"}, {"events", "--kind", "auth-success"},
            {"events", "--program", "sshd"}, {"events", "--exclude-blacklisted"}, {"events", "--grep", "user=\\w+"},
        };
        for (String[] run : runs) {
            String[] more = Arrays.copyOfRange(run, 1, run.length);
            Cli cli = Cli.run(args(run[0], more));
            assertEquals(0, cli.exit(), String.join(" ", run) + ": " + cli.err());
            assertTrue(!cli.out().isEmpty(), String.join(" ", run));
        }
    }

    @Test
    void filtersNarrowTheEvents() throws IOException {
        int all = csv(Cli.run(args("events", "--format", "csv")).out()).size();
        List<CSVRecord> sshd = csv(Cli.run(args("events", "--format", "csv", "--program", "sshd")).out());
        assertTrue(sshd.size() > 0 && sshd.size() < all);
        for (CSVRecord r : sshd) {
            assertEquals("sshd", r.get("program"));
        }
        List<CSVRecord> grep = csv(Cli.run(args("events", "--format", "csv", "--grep", "Invalid user")).out());
        assertTrue(grep.size() > 0 && grep.size() < all);
    }
}
