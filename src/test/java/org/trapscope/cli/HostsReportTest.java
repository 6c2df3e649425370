package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code hosts} report's figures on a hand-written spamd log, an sshd log and a spamdb dump,
 * every value counted by hand: events of all programs, spamd sessions (one that the log starts in
 * the middle of included), first and last seen, and TRAPPED from the dump.
 */
class HostsReportTest {
    @TempDir
    Path dir;

    Path spamd;
    Path authlog;
    Path spamdb;

    @BeforeEach
    void logs() throws IOException {
        spamd = Files.writeString(dir.resolve("spamd"), String.join("\n",
                // the log starts as 203.0.113.5's first session ends: a session of its own
                "Nov 20 08:59:58 skapet spamd[1]: 203.0.113.5: disconnected after 300 seconds. lists: spamd-greytrap",
                "Nov 20 09:00:00 skapet spamd[1]: 203.0.113.5: connected (2/1), lists: spamd-greytrap",
                "Nov 20 09:00:05 skapet spamd[1]: (BLACK) 203.0.113.5: <a@spam.example> -> <x@bsdly.net>",
                "Nov 20 09:00:30 skapet spamd[1]: 203.0.113.50: connected (1/0)",
                "Nov 20 09:00:31 skapet spamd[1]: (GREY) 203.0.113.50: <b@sender.example> -> <y@bsdly.net>",
                "Nov 20 09:00:40 skapet spamd[1]: 203.0.113.50: disconnected after 10 seconds.",
                "Nov 20 09:01:00 skapet spamd[1]: 203.0.113.5: disconnected after 60 seconds. lists: spamd-greytrap",
                "Nov 20 11:00:00 skapet spamd[1]: 203.0.113.5: connected (3/1), lists: spamd-greytrap",
                "Nov 20 11:00:02 skapet spamd[1]: (BLACK) 203.0.113.5: <a@spam.example> -> <z@bsdly.net>",
                "Nov 20 11:00:03 skapet spamd[1]: 203.0.113.5: Subject: Your parcel could not be delivered",
                "Nov 20 11:04:00 skapet spamd[1]: 203.0.113.5: disconnected after 240 seconds. lists: spamd-greytrap",
                ""));
        authlog = Files.writeString(dir.resolve("authlog"), String.join("\n",
                "Nov 20 10:30:00 gw sshd[5]: Invalid user admin from 2001:db8::5 port 4000",
                "Nov 20 10:30:02 gw sshd[5]: Failed password for invalid user admin from 2001:db8::5 port 4000 ssh2",
                "Nov 20 13:30:00 gw sshd[6]: Failed password for root from 203.0.113.5 port 4001 ssh2", ""));
        spamdb = Files.writeString(dir.resolve("spamdb.txt"), String.join("\n",
                "GREY|203.0.113.50|mx1.sender.example|<b@sender.example>|<y@bsdly.net>|1668934830|1668936330"
                        + "|1668949230|1|0",
                "TRAPPED|203.0.113.5|1669020000",
                "WHITE|198.51.100.20|||1668900000|1668901500|1672010000|2|3",
                "TRAPPED|198.51.100.99|1669020000",
                "SPAMTRAP|x@bsdly.net",
                "SPAMTRAP|z@bsdly.net", ""));
    }

    private List<CSVRecord> hosts(String... options) throws IOException {
        Cli cli = Cli.run(Stream.concat(Stream.of("hosts", "--format", "csv", "--zone", "UTC", "--year", "2022"),
                Stream.concat(Stream.of(options), Stream.of(spamd.toString(), authlog.toString())))
                .toArray(String[]::new));
        assertEquals(0, cli.exit(), cli.err());
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out())).getRecords();
    }

    /** ip, events, sessions, first_seen, last_seen, trapped of each row. */
    private static List<String> figures(List<CSVRecord> rows) {
        return rows.stream().map(r -> String.join(" | ", r.get("ip"), r.get("events"), r.get("sessions"),
                r.get("first_seen"), r.get("last_seen"), r.get("trapped"))).toList();
    }

    @Test
    void eventsSessionsFirstLastAndTrappedPerHost() throws IOException {
        assertEquals(List.of(
                        "203.0.113.5 | 9 | 3 | 2022-11-20 08:59:58 | 2022-11-20 13:30:00 | yes",
                        "203.0.113.50 | 3 | 1 | 2022-11-20 09:00:30 | 2022-11-20 09:00:40 | no",
                        "2001:db8::5 | 2 | 0 | 2022-11-20 10:30:00 | 2022-11-20 10:30:02 | no"),
                figures(hosts("--traps", spamdb.toString())));
    }

    @Test
    void withoutASpamdbDumpTrappedIsUnknown() throws IOException {
        assertEquals(List.of(
                        "203.0.113.5 | 9 | 3 | 2022-11-20 08:59:58 | 2022-11-20 13:30:00 | ",
                        "203.0.113.50 | 3 | 1 | 2022-11-20 09:00:30 | 2022-11-20 09:00:40 | ",
                        "2001:db8::5 | 2 | 0 | 2022-11-20 10:30:00 | 2022-11-20 10:30:02 | "),
                figures(hosts()));
    }

    @Test
    void theFiguresAreThoseOfTheSelectedEvents() throws IOException {
        assertEquals(List.of(
                        "203.0.113.5 | 5 | 1 | 2022-11-20 11:00:00 | 2022-11-20 13:30:00 | yes",
                        "2001:db8::5 | 2 | 0 | 2022-11-20 10:30:00 | 2022-11-20 10:30:02 | no"),
                figures(hosts("--traps", spamdb.toString(), "--since", "2022-11-20T10:00")));
        assertEquals(List.of("203.0.113.5 | 4 | 2 | 2022-11-20 08:59:58 | 2022-11-20 09:01:00 | yes"),
                figures(hosts("--traps", spamdb.toString(), "--ip", "203.0.113.5", "--until", "2022-11-20T10:59")));
    }

    @Test
    void sortedByAnyColumn() throws IOException {
        assertEquals(List.of("2001:db8::5", "203.0.113.50", "203.0.113.5"),
                hosts("--sort", "first_seen:desc").stream().map(r -> r.get("ip")).toList());
        assertEquals(List.of("203.0.113.5", "203.0.113.50", "2001:db8::5"),
                hosts("--sort", "ip").stream().map(r -> r.get("ip")).toList());
    }
}
