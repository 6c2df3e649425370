package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What lands in files: formula-safe CSV, xlsx text cells, pf and spamdb lists, atomic replacement. */
class OutputFilesTest {
    @TempDir
    Path dir;

    Path log;

    @BeforeEach
    void hostileLog() throws IOException {
        log = Files.writeString(dir.resolve("authlog"), String.join("\n",
                "Nov 20 10:00:00 gw sshd[1]: Failed password for invalid user =cmd|calc!A0 from 192.0.2.7 port 4000 ssh2",
                "Nov 20 10:00:01 gw sshd[1]: Failed password for invalid user 0001 from 192.0.2.7 port 4001 ssh2",
                "Nov 20 10:00:02 gw sshd[1]: Failed password for invalid user 1e5 from 2001:db8::7 port 4002 ssh2",
                "Nov 20 10:00:03 gw sshd[1]: Failed password for invalid user -2+3 from 192.0.2.8 port 4003 ssh2",
                "Nov 20 10:00:04 gw sshd[1]: Failed password for invalid user lilei from 192.0.2.8 port 4004 ssh2",
                "Nov 20 10:00:05 gw sshd[1]: Failed password for invalid user postmaster from 192.0.2.8 port 4005 ssh2",
                "Nov 20 10:00:06 gw sshd[1]: Failed password for invalid user @SUM(A1) from 192.0.2.8 port 4006 ssh2",
                ""));
    }

    private Cli run(String... args) {
        Cli cli = Cli.run(Stream.concat(Stream.of(args), Stream.of("--zone", "UTC", "--year", "2022",
                log.toString())).toArray(String[]::new));
        assertEquals(0, cli.exit(), cli.err());
        return cli;
    }

    @Test
    void csvCellsNeverStartAFormulaAndOtherValuesStayAsTheyAre() {
        String csv = run("users", "--format", "csv", "--sort", "user").out();
        List<String> lines = csv.lines().toList();
        assertEquals("user,attempts,hosts,first_seen,last_seen,in_spamtraps", lines.get(0));
        assertTrue(lines.contains("'-2+3,1,1,2022-11-20 10:00:03,2022-11-20 10:00:03,"), csv);
        assertTrue(lines.contains("0001,1,1,2022-11-20 10:00:01,2022-11-20 10:00:01,"), csv);
        assertTrue(lines.contains("'=cmd|calc!A0,1,1,2022-11-20 10:00:00,2022-11-20 10:00:00,"), csv);
        assertTrue(lines.contains("'@SUM(A1),1,1,2022-11-20 10:00:06,2022-11-20 10:00:06,"), csv);
        assertTrue(lines.contains("lilei,1,1,2022-11-20 10:00:04,2022-11-20 10:00:04,"), csv);
    }

    @Test
    void xlsxKeepsUserNamesAndAddressesAsTextAndTimesAsDates() throws IOException {
        Path xlsx = dir.resolve("pairs.xlsx");
        run("pairs", "--format", "xlsx", "-o", xlsx.toString());
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String text : new String[] {"0001", "1e5", "2001:db8::7", "=cmd|calc!A0"}) {
                assertTrue(strings.contains(">" + text + "<"), text + " is a shared string: " + strings);
            }
            // every cell in the user column (B) is a string cell; times (D, E) are styled numbers
            Matcher userCells = Pattern.compile("<c r=\"B\\d+\"([^>]*)>").matcher(sheet);
            int cells = 0;
            while (userCells.find()) {
                assertTrue(userCells.group(1).contains("t=\"s\"") || userCells.group(1).contains("t=\"inlineStr\""),
                        userCells.group());
                cells++;
            }
            assertEquals(8, cells);
            Matcher time = Pattern.compile("<c r=\"D2\"([^>]*)><v>([0-9.]+)</v>").matcher(sheet);
            assertTrue(time.find(), sheet);
            assertFalse(time.group(1).matches(".*t=\"(s|str|inlineStr)\".*"), "a time is a number: " + time.group());
            assertTrue(time.group(1).contains(" s=\""), "with a date style: " + time.group());
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(styles.contains("formatCode=\"yyyy-mm-dd hh:mm:ss\""), styles);
        }
    }

    @Test
    void outputReplacesTheFileWholeAndLeavesItAloneOnFailure() throws IOException {
        Path out = dir.resolve("hosts.csv");
        Files.writeString(out, "previous");
        run("hosts", "--format", "csv", "-o", out.toString());
        String written = Files.readString(out);
        assertTrue(written.startsWith("ip,events,sessions,first_seen,last_seen,country,network,as_org,trapped,netname,asn\r\n"));
        // a spamdb list of a report without addresses is refused before anything is written
        Cli bad = Cli.run("hosts", "--format", "spamdb", "-o", out.toString(), log.toString());
        assertEquals(2, bad.exit());
        assertEquals(written, Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary left");
        }
    }

    @Test
    void pfTableAndSpamdbScript() throws IOException {
        String pf = run("hosts", "--format", "pf", "--sort", "ip").out();
        assertEquals("192.0.2.7\n192.0.2.8\n2001:db8::7\n", pf);
        Path traps = Files.writeString(dir.resolve("traps"), "zhangwei@bsdly.net\n");
        String script = run("harvest", "--traps", traps.toString(), "--format", "spamdb", "--sort", "address").out();
        assertTrue(script.contains("spamdb -T -a 'lilei@bsdly.net'\n"), script);
        assertTrue(script.contains("spamdb -T -a '0001@bsdly.net'\n"), script);
        assertFalse(script.contains("postmaster"), "role accounts are not proposed");
        assertFalse(script.contains("cmd"), "nothing with shell syntax in it");
    }
}
