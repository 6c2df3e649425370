package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SummaryCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = TrapscopeCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private Path spamd() throws IOException {
        return Files.writeString(dir.resolve("spamd"), String.join("\n",
                "Nov 22 04:04:30 skapet spamd[8716]: 89.22.104.47: connected (3/1), lists: spamd-greytrap",
                "Nov 22 04:04:35 skapet spamd[8716]: 89.22.104.47: Body: I am a hacker",
                "Nov 22 04:09:35 skapet spamd[8716]: 89.22.104.47: disconnected after 305 seconds.",
                "garbage", ""));
    }

    @Test
    void printsKindCountsAsCsv() throws IOException {
        assertEquals(0, run("summary", "--format", "csv", "--zone", "UTC", spamd().toString()));
        String csv = out.toString();
        assertTrue(csv.startsWith("kind,events"), csv);
        assertTrue(csv.contains("connect,1"), csv);
        assertTrue(csv.contains("body,1"), csv);
        assertTrue(csv.contains("unparsed,1"), csv);
        assertTrue(err.toString().contains(":4: 1 line is not in syslog format"), err.toString());
    }

    @Test
    void printsLinesFirstAndLastPerFileAndInTotal() throws IOException {
        Path file = spamd();
        assertEquals(0, run("summary", "--zone", "UTC", "--year", "2020", file.toString()));
        String text = out.toString();
        assertTrue(text.contains(file + " (plain text, zone UTC)"), text);
        assertTrue(text.contains("2020-11-22 04:04:30"), text);
        assertTrue(text.contains("2020-11-22 04:09:35"), text);
        assertTrue(text.contains("total (1 file)"), text);
    }

    @Test
    void exitsWithOneWhenNothingCouldBeRead() {
        assertEquals(1, run("summary", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("missing"), err.toString());
    }

    @Test
    void exitsWithTwoOnBadUsage() throws IOException {
        assertEquals(2, run("summary"));
        assertEquals(2, run("summary", "--format", "yaml", spamd().toString()));
        assertEquals(2, run("nonsense"));
    }

    @Test
    void anUnknownZoneIsBadUsageWithAClearMessage() throws IOException {
        assertEquals(2, run("summary", "--zone", "Mars/Olympus", spamd().toString()));
        assertTrue(err.toString().contains("unknown time zone 'Mars/Olympus'"), err.toString());
    }

    @Test
    void aFileCanHaveAZoneOfItsOwn() throws IOException {
        Path file = spamd();
        assertEquals(0, run("summary", "--zone", "UTC", "--year", "2020", "--zone-of", file + "=Asia/Tokyo",
                file.toString()));
        assertTrue(out.toString().contains(file + " (plain text, zone Asia/Tokyo)"), out.toString());
    }
}
