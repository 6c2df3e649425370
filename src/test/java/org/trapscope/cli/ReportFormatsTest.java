package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same report in the three terminal formats: {@code tsv} (tab-separated, header first),
 * {@code --limit N} (the first N rows of the order), and the default aligned {@code text} whose
 * header and rows put every column at the same offset (numbers flush right, the rest flush left).
 */
class ReportFormatsTest {
    private static final String HOSTS_HEADER =
            "ip,events,sessions,first_seen,last_seen,country,network,as_org,trapped,netname,asn";

    @TempDir
    Path dir;

    Path authlog;

    @BeforeEach
    void log() throws IOException {
        List<String> lines = new ArrayList<>();
        int port = 40000;
        // 192.0.2.7 tries three names 12 times, 198.51.100.23 root 3 times, one IPv6 host once
        String[][] tries = {{"192.0.2.7", "root", "5"}, {"192.0.2.7", "administrator", "4"}, {"192.0.2.7", "a", "3"},
            {"198.51.100.23", "root", "3"}, {"2001:db8:85a3::8a2e:370:7334", "postgres", "1"}};
        int second = 0;
        for (String[] t : tries) {
            for (int i = 0; i < Integer.parseInt(t[2]); i++, second += 7) {
                lines.add(String.format("Nov 20 10:%02d:%02d gw sshd[%d]: Failed password for invalid user %s from %s"
                        + " port %d ssh2", second / 60, second % 60, 900 + i, t[1], t[0], port++));
            }
        }
        authlog = Files.write(dir.resolve("authlog"), lines);
    }

    private String run(String... args) {
        Cli cli = Cli.run(Stream.concat(Stream.of(args), Stream.of("--zone", "UTC", "--year", "2022",
                authlog.toString())).toArray(String[]::new));
        assertEquals(0, cli.exit(), cli.err());
        return cli.out();
    }

    /** The header and the rows of a CSV text, cells as written. */
    private static List<List<String>> csv(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(text))) {
            rows.add(r.toList());
        }
        return rows;
    }

    @Test
    void tsvIsTheHeaderAndTabSeparatedRows() throws IOException {
        String tsv = run("hosts", "--format", "tsv");
        assertFalse(tsv.contains("\r"), "lines end with a bare newline");
        assertFalse(tsv.contains(","), "no field here holds a comma, so none is a separator");
        List<String> lines = tsv.lines().toList();
        assertEquals(HOSTS_HEADER.replace(',', '\t'), lines.get(0));
        List<List<String>> csv = csv(run("hosts", "--format", "csv"));
        assertEquals(csv.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(csv.get(i), List.of(lines.get(i).split("\t", -1)), lines.get(i));
        }
        assertEquals(List.of("192.0.2.7", "12", "0"), csv.get(1).subList(0, 3));
        assertEquals(List.of("198.51.100.23", "3"), csv.get(2).subList(0, 2));
        assertEquals(List.of("2001:db8:85a3::8a2e:370:7334", "1"), csv.get(3).subList(0, 2));
    }

    @Test
    void limitGivesTheFirstRowsOfTheOrder() {
        List<String> all = run("users", "--format", "tsv", "--sort", "attempts:desc,user").lines().toList();
        assertEquals("user\tattempts\thosts\tfirst_seen\tlast_seen\tin_spamtraps", all.get(0));
        assertEquals(5, all.size(), "four user names");
        assertTrue(all.get(1).startsWith("root\t8\t2\t"), all.get(1));
        for (int n = 0; n <= 4; n++) {
            List<String> limited = run("users", "--format", "tsv", "--sort", "attempts:desc,user", "--limit",
                    Integer.toString(n)).lines().toList();
            assertEquals(all.subList(0, n + 1), limited, "--limit " + n);
        }
        assertEquals(all, run("users", "--format", "tsv", "--sort", "attempts:desc,user", "--limit", "99")
                .lines().toList());
        List<String> hosts = run("hosts", "--format", "tsv", "--limit", "2").lines().toList();
        assertEquals(3, hosts.size());
        assertTrue(hosts.get(1).startsWith("192.0.2.7\t12\t"), "the default order first: " + hosts);
    }

    @Test
    void userNamesStartingWithTabOrCarriageReturnReachTheCsvNeutralised() throws IOException {
        Path hostile = Files.writeString(dir.resolve("hostile"),
                "Nov 20 10:00:00 gw sshd[1]: Failed password for invalid user \t=cmd from 192.0.2.7 port 4000 ssh2\n"
                + "Nov 20 10:00:01 gw spop3d[2]: authentication failed: no such user: \r=x - 192.0.2.8\n");
        Cli cli = Cli.run("users", "--format", "csv", "--sort", "first_seen", "--zone", "UTC", "--year", "2022",
                hostile.toString());
        assertEquals(0, cli.exit(), cli.err());
        List<List<String>> rows = csv(cli.out());
        assertEquals(3, rows.size(), cli.out());
        assertEquals("'\t=cmd", rows.get(1).get(0));
        assertEquals("'\r=x", rows.get(2).get(0));
    }

    @Test
    void aNegativeLimitIsBadUsage() {
        Cli cli = Cli.run("hosts", "--limit", "-1", "--zone", "UTC", authlog.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("--limit must not be negative"), cli.err());
    }

    @Test
    void textPutsEveryColumnAtTheSameOffsetInTheHeaderAndTheRows() throws IOException {
        // the widest ip and user name are wider than their headers: the offsets are not all the header's
        assertEquals("2001:db8:85a3::8a2e:370:7334".length(),
                assertAligned(run("hosts"), csv(run("hosts", "--format", "csv")), Set.of("events", "sessions", "asn")));
        assertEquals("administrator".length(),
                assertAligned(run("users"), csv(run("users", "--format", "csv")), Set.of("attempts", "hosts")));
        assertAligned(run("users", "--limit", "1"), csv(run("users", "--format", "csv", "--limit", "1")),
                Set.of("attempts", "hosts"));
    }

    /**
     * Every line of {@code text} holds the cells of the same CSV row, each in a span as wide as the
     * column's widest cell or header, spans two spaces apart; numbers flush right, other cells flush
     * left; trailing blanks stripped. Returns the first column's width.
     */
    private static int assertAligned(String text, List<List<String>> csv, Set<String> numeric) {
        List<String> lines = text.lines().toList();
        assertEquals(csv.size(), lines.size(), text);
        List<String> header = csv.get(0);
        int columns = header.size();
        int[] width = new int[columns];
        for (List<String> row : csv) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        int[] start = new int[columns];
        for (int c = 1; c < columns; c++) {
            start[c] = start[c - 1] + width[c - 1] + 2;
        }
        int total = start[columns - 1] + width[columns - 1];
        for (int r = 0; r < lines.size(); r++) {
            String line = lines.get(r);
            assertEquals(line.stripTrailing(), line, "no trailing blanks");
            assertTrue(line.length() <= total, line);
            String padded = line + " ".repeat(total - line.length());
            for (int c = 0; c < columns; c++) {
                String cell = csv.get(r).get(c);
                String gap = " ".repeat(width[c] - cell.length());
                String expected = numeric.contains(header.get(c)) ? gap + cell : cell + gap;
                assertEquals(expected, padded.substring(start[c], start[c] + width[c]),
                        "row " + r + " column " + header.get(c) + ":\n" + text);
                if (c < columns - 1) {
                    assertEquals("  ", padded.substring(start[c] + width[c], start[c + 1]), line);
                }
            }
        }
        return width[0];
    }
}
