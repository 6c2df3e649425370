package org.trapscope.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.load.Problem;

class RotatedSetsTest {

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    @Test
    void newsyslogArchivesReadHighestNumberFirstThenTheLiveFile() throws IOException {
        touch("spamd", "spamd.0.gz", "spamd.1.gz", "spamd.10.gz", "spamd.2.gz");

        List<LogFileGroup> groups = RotatedSets.group(List.of(dir), sink);

        assertEquals(List.of(new LogFileGroup("spamd",
                paths("spamd.10.gz", "spamd.2.gz", "spamd.1.gz", "spamd.0.gz", "spamd"))), groups);
        assertTrue(sink.problems.isEmpty());
    }

    @Test
    void logrotateDelaycompressMixesPlainAndCompressedArchives() throws IOException {
        touch("mail.log", "mail.log.1", "mail.log.2.gz", "mail.log.3.xz", "mail.log.4.zst", "mail.log.5.bz2");

        List<LogFileGroup> groups = RotatedSets.group(List.of(dir), sink);

        assertEquals(List.of(new LogFileGroup("mail.log", paths(
                "mail.log.5.bz2", "mail.log.4.zst", "mail.log.3.xz", "mail.log.2.gz", "mail.log.1", "mail.log"))), groups);
    }

    @Test
    void dateextArchivesReadEarliestDateFirstThenTheLiveFile() throws IOException {
        touch("auth.log", "auth.log-20240315", "auth.log-20240301.gz", "auth.log-20231231.gz");

        List<LogFileGroup> groups = RotatedSets.group(List.of(dir), sink);

        assertEquals(List.of(new LogFileGroup("auth.log",
                paths("auth.log-20231231.gz", "auth.log-20240301.gz", "auth.log-20240315", "auth.log"))), groups);
    }

    @Test
    void aMixedFolderMakesOneGroupPerFamilySortedByName() throws IOException {
        touch("spamd", "spamd.0.gz", "authlog", "authlog.0.gz", "authlog.1.gz", "traplist.txt", "spamdb.txt",
                "notes.gz", ".hidden", ".spamd.swp");
        Files.createDirectory(dir.resolve("old"));
        touch("old/spamd.5.gz");

        List<LogFileGroup> groups = RotatedSets.group(List.of(dir), sink);

        assertEquals(List.of(
                new LogFileGroup("authlog", paths("authlog.1.gz", "authlog.0.gz", "authlog")),
                new LogFileGroup("notes.gz", paths("notes.gz")),
                new LogFileGroup("spamd", paths("spamd.0.gz", "spamd")),
                new LogFileGroup("spamdb.txt", paths("spamdb.txt")),
                new LogFileGroup("traplist.txt", paths("traplist.txt"))), groups);
    }

    @Test
    void theSameFamilyInTwoFoldersStaysTwoGroupsAndRepeatedInputsCountOnce() throws IOException {
        Files.createDirectory(dir.resolve("a"));
        Files.createDirectory(dir.resolve("b"));
        touch("a/spamd", "a/spamd.0.gz", "b/spamd.0.gz");

        List<LogFileGroup> groups = RotatedSets.group(
                List.of(dir.resolve("b"), dir.resolve("a"), dir.resolve("a/spamd")), sink);

        assertEquals(List.of(
                new LogFileGroup("spamd", paths("a/spamd.0.gz", "a/spamd")),
                new LogFileGroup("spamd", paths("b/spamd.0.gz"))), groups);
    }

    @Test
    void missingPathsAreReportedAndSkipped() throws IOException {
        touch("spamd");
        Path missing = dir.resolve("spamd.0.gz.missing");

        List<LogFileGroup> groups = RotatedSets.group(List.of(missing, dir.resolve("spamd")), sink);

        assertEquals(List.of(new LogFileGroup("spamd", paths("spamd"))), groups);
        assertEquals(List.of(new Problem(missing, 0, "the file does not exist")), sink.problems);
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Files.writeString(dir.resolve(name), "x\n");
        }
    }

    private List<Path> paths(String... names) {
        return Arrays.stream(names).map(dir::resolve).toList();
    }
}
