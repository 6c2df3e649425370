package org.trapscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindsTest {

    @TempDir
    Path dir;

    private static final String DUMP = """
            GREY|198.51.100.7|mx8.sender.example|<libu@sender.example>|<postmaster@bsdly.net>|1669237746|1669239246|1669252146|2|0
            SPAMTRAP|liulei38@datadok.no
            WHITE|83.221.139.201|||1144932538|1144934045|1148291113|2|2
            TRAPPED|192.0.2.7|1614800000
            """;

    private static final String COUNTS = """
            Tue Mar  2 21:10:01 CET 2021 : 2425
            Tue Mar  2 22:10:01 CET 2021 : 4014
            Wed Mar  3 11:10:01 CET 2021 : 13689\s
            """;

    private static final String TRAP_LIST = """
            # spamtraps harvested from the 2021 wave
            baba.zevume@datadok.no
            <bace.jovibo@datadok.no>

            baco.rokobe@bsdly.net
            """;

    private static final String SYSLOG = """
            Mar  2 21:10:01 skapet newsyslog[4242]: logfile turned over
            Mar  2 21:10:05 skapet spamd[1234]: 198.51.100.7: connected (1/1)
            Mar  2 21:10:09 skapet spamd[1234]: 198.51.100.7: disconnected after 4 seconds.
            """;

    @Test
    void eachKindIsRecognisedFromPlainText() throws IOException {
        assertEquals(InputKind.SPAMDB_DUMP, InputKinds.sniff(write("a", DUMP)));
        assertEquals(InputKind.TRAP_COUNTS, InputKinds.sniff(write("b", COUNTS)));
        assertEquals(InputKind.TRAP_LIST, InputKinds.sniff(write("c", TRAP_LIST)));
        assertEquals(InputKind.SYSLOG, InputKinds.sniff(write("d", SYSLOG)));
    }

    @Test
    void compressedContentIsSniffedAfterDecompression() throws IOException {
        Path dump = Files.write(dir.resolve("spamdb.txt.gz"),
                Archives.compress(Compression.GZIP, DUMP.getBytes(StandardCharsets.UTF_8)));
        Path counts = Files.write(dir.resolve("traplistcounts.0.xz"),
                Archives.compress(Compression.XZ, COUNTS.getBytes(StandardCharsets.UTF_8)));

        assertEquals(InputKind.SPAMDB_DUMP, InputKinds.sniff(dump));
        assertEquals(InputKind.TRAP_COUNTS, InputKinds.sniff(counts));
    }

    @Test
    void aBadFirstLineIsOutvoted() {
        assertEquals(InputKind.SPAMDB_DUMP,
                InputKinds.classify(List.of("$ doas spamdb", "SPAMTRAP|a@b.example", "TRAPPED|192.0.2.1|1614800000")));
        assertEquals(InputKind.TRAP_LIST,
                InputKinds.classify(List.of("$ cat /etc/mail/spamtraps", "a@b.example", "c@d.example")));
    }

    @Test
    void syslogLinesMentioningAddressesOrCountsStaySyslog() {
        assertEquals(InputKind.SYSLOG, InputKinds.classify(List.of(
                "Mar  3 11:10:01 skapet spamd[99]: (GREY) 198.51.100.7: <a@b.example> -> <c@bsdly.net>",
                "Mar  3 11:10:02 skapet spamd[99]: 198.51.100.7: disconnected after 404 seconds. lists: spamd-greytrap")));
    }

    @Test
    void quotedAddressesInJsonAreNotATrapList() {
        assertEquals(InputKind.SYSLOG, InputKinds.classify(List.of(
                "  \"traps\": [", "    \"adnan@bsdly.net\",", "    \"bace.jovibo@datadok.no\"", "  ]")));
    }

    @Test
    void emptyInputIsSyslogAndOnlyCommentsIsATrapList() {
        assertEquals(InputKind.SYSLOG, InputKinds.classify(List.of()));
        assertEquals(InputKind.SYSLOG, InputKinds.classify(List.of("", "  ")));
        assertEquals(InputKind.TRAP_LIST, InputKinds.classify(List.of("# all traps retired", "")));
    }

    @Test
    void aLargeFileIsJudgedOnItsStart() throws IOException {
        String big = COUNTS.repeat(5000);
        assertEquals(InputKind.TRAP_COUNTS, InputKinds.sniff(write("traplistcounts", big)));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
