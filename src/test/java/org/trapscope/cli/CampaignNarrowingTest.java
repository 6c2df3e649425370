package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** W1 within a time range or an address block: the shared filter options narrow {@code campaign}. */
class CampaignNarrowingTest {
    private static final String SUBJECT = "You are in really big troubles therefore, you much better read this message";

    @TempDir
    Path dir;

    /** Two senders on two days; a third host never sends the subject. */
    private Path spamd() throws IOException {
        return Files.writeString(dir.resolve("spamd"), String.join("\n",
                "Nov 20 04:04:30 skapet spamd[1]: 183.111.115.4: connected (1/1), lists: spamd-greytrap",
                "Nov 20 04:04:33 skapet spamd[1]: (BLACK) 183.111.115.4: <x@jw-hw.com> -> <adnan@bsdly.net>",
                "Nov 20 04:04:35 skapet spamd[1]: 183.111.115.4: Subject: " + SUBJECT,
                "Nov 20 04:05:35 skapet spamd[1]: 183.111.115.4: disconnected after 65 seconds.",
                "Nov 20 05:00:00 skapet spamd[1]: 203.0.113.9: connected (1/0)",
                "Nov 21 06:00:01 skapet spamd[1]: 45.9.20.77: connected (2/1), lists: spamd-greytrap",
                "Nov 21 06:00:03 skapet spamd[1]: (BLACK) 45.9.20.77: <y@jw-hw.com> -> <peter@bsdly.net>",
                "Nov 21 06:00:05 skapet spamd[1]: 45.9.20.77: Subject: " + SUBJECT,
                "Nov 21 06:01:05 skapet spamd[1]: 45.9.20.77: disconnected after 64 seconds.",
                "Nov 21 07:00:00 skapet spamd[1]: 183.111.115.4: connected (1/0)", ""));
    }

    @Test
    void sinceAndUntilKeepOneDaysLinesAndEventsOfTheCampaign() throws IOException {
        Path spamd = spamd();
        Path out = dir.resolve("day");
        Cli cli = Cli.run("campaign", "--phrase", "really big troubles", "--since", "2022-11-21", "--until",
                "2022-11-21", "--year", "2022", "--zone", "UTC", "--out", out.toString(), spamd.toString());
        assertEquals(0, cli.exit(), cli.err());
        String summary = Files.readString(out.resolve("summary.txt"));
        assertTrue(summary.contains("attempts (lines, as grep -c)   1\n"), summary);
        assertTrue(summary.contains("unique hosts                   1\n"), summary);
        assertTrue(summary.contains("first seen                     2022-11-21 06:00:05"), summary);
        List<String> extract = Files.readAllLines(out.resolve("extract.log"));
        // the other sender's later connection is an event of a campaign host on that day
        assertEquals(5, extract.size(), String.join("\n", extract));
        assertTrue(extract.stream().allMatch(line -> line.startsWith("Nov 21")), String.join("\n", extract));
    }

    @Test
    void anAddressBlockKeepsTheHostsInIt() throws IOException {
        Path spamd = spamd();
        Path out = dir.resolve("block");
        Cli cli = Cli.run("campaign", "--phrase", "really big troubles", "--ip", "183.111.0.0/16", "--year", "2022",
                "--zone", "UTC", "--out", out.toString(), spamd.toString());
        assertEquals(0, cli.exit(), cli.err());
        List<String> hosts = Files.readAllLines(out.resolve("hosts.csv"));
        assertEquals(2, hosts.size(), String.join("\n", hosts));
        assertTrue(hosts.get(1).startsWith("183.111.115.4,5,"), hosts.get(1));
    }

    @Test
    void aBadFilterOptionIsAUsageErrorBeforeAnythingIsRead() {
        Cli cli = Cli.run("campaign", "--phrase", "x", "--ip", "bogus", "--out", dir.resolve("o").toString(),
                dir.resolve("missing").toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("bogus"), cli.err());
    }
}
