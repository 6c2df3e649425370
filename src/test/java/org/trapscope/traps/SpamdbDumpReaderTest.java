package org.trapscope.traps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.load.Problem;
import org.trapscope.source.RecordingSink;

class SpamdbDumpReaderTest {

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    @Test
    void everyRecordTypeIsRead() throws IOException {
        Path file = write("spamdb.txt", """
                GREY|200.170.143.41|smtp6.netsite.com.br|<tbento@acipatos.org.br>|<peter@bsdly.net>|1185386752|1185401152|1185401152|1|0
                WHITE|83.221.139.201|||1144932538|1144934045|1148291113|2|2
                TRAPPED|192.0.2.7|1614800000
                SPAMTRAP|wkitp98zpu.fsf@datadok.no
                SPAMTRAP|<LiLei@BSDLY.net>
                GREY|198.51.100.9||<a@b.example>|<c@bsdly.net>|1185386752|1185401152|1185401152|3|1
                GREY|198.51.100.10|<old@sender.example>|<x@bsdly.net>|1085386752|1085401152|1085401152|4|0
                TRAPPED|2001:db8::7|1614800001
                WHITE|2001:db8::25|||1144932538|1144934045|1148291113|0|12
                """);

        SpamdbDump dump = SpamdbDumpReader.read(file, sink);

        assertEquals(List.of(), sink.problems);
        assertEquals(3, dump.grey().size());
        assertEquals(2, dump.white().size());
        assertEquals(2, dump.trapped().size());
        assertEquals(2, dump.spamtraps().size());
        assertEquals(0, dump.badLines());
        assertEquals(new GreyEntry("200.170.143.41", "smtp6.netsite.com.br", "<tbento@acipatos.org.br>",
                "<peter@bsdly.net>", 1185386752L, 1185401152L, 1185401152L, 1, 0), dump.grey().get(0));
        assertEquals("", dump.grey().get(1).helo());
        assertEquals(new GreyEntry("198.51.100.10", "", "<old@sender.example>", "<x@bsdly.net>",
                1085386752L, 1085401152L, 1085401152L, 4, 0), dump.grey().get(2));
        assertEquals(new WhiteEntry("83.221.139.201", 1144932538L, 1144934045L, 1148291113L, 2, 2), dump.white().get(0));
        assertEquals(List.of(new TrappedHost("192.0.2.7", 1614800000L), new TrappedHost("2001:db8::7", 1614800001L)),
                dump.trapped());
        assertEquals(List.of("wkitp98zpu.fsf@datadok.no", "lilei@bsdly.net"), dump.spamtraps());
        assertTrue(dump.spamtrapSet().isTrapUser("LiLei"));
    }

    @Test
    void malformedLinesAreReportedWithTheirLineNumbersAndSkipped() throws IOException {
        Path file = write("spamdb.txt", """
                $ doas spamdb
                GREY|198.51.100.7|evil|helo.example|<a@b.example>|<c@bsdly.net>|1185386752|1185401152|1185401152|1|0
                GREY|198.51.100.8|helo.example|<a@b.example>|<c@bsdly.net>|1185386752|soon|1185401152|1|0
                WHITE|83.221.139.201|||1144932538|1144934045|1148291113|2
                TRAPPED|not-an-ip|1614800000
                TRAPPED|192.0.2.8|-1
                SPAMTRAP|no-at-sign
                BLACK|192.0.2.9|1614800000
                TRAPPED|192.0.2.10|1614800000

                SPAMTRAP|good@bsdly.net
                """);

        SpamdbDump dump = SpamdbDumpReader.read(file, sink);

        assertEquals(8, dump.badLines());
        assertEquals(List.of(new TrappedHost("192.0.2.10", 1614800000L)), dump.trapped());
        assertEquals(List.of("good@bsdly.net"), dump.spamtraps());
        assertEquals(0, dump.grey().size());
        assertEquals(0, dump.white().size());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), sink.problems.stream().map(Problem::line).toList());
        assertEquals("GREY record has 11 fields instead of 10 (or 9 in old dumps);"
                + " a | inside the HELO name or an address probably split a field", sink.problems.get(1).message());
        assertEquals("GREY record: the pass time is not a valid number: \"soon\""
                + " (a | inside the HELO name or an address may have shifted the fields)", sink.problems.get(2).message());
        assertEquals("unknown spamdb record type \"BLACK\"", sink.problems.get(7).message());
    }

    @Test
    void aGzippedDumpIsReadThroughItsCompression() throws IOException {
        Path file = dir.resolve("spamdb.txt.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("TRAPPED|192.0.2.7|1614800000\nSPAMTRAP|a@bsdly.net\n".getBytes(StandardCharsets.UTF_8));
        }

        SpamdbDump dump = SpamdbDumpReader.read(file, sink);

        assertEquals(1, dump.trapped().size());
        assertEquals(1, dump.spamtraps().size());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
