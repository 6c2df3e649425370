package org.trapscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.load.Dataset;
import org.trapscope.load.DatasetLoader;
import org.trapscope.source.InputKind;

class SampleCorpusTest {
    @TempDir
    Path temp;

    @Test
    void theSampleUnpacksAndLoadsWithoutProblemsAsSpamdAuthLogsDumpListAndCounts() {
        SampleCorpus corpus = SampleCorpus.extractTo(temp.resolve("sample"));
        assertEquals(8, corpus.files().size());
        corpus.files().forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
        assertEquals(OptionalInt.of(2022), corpus.options().firstYear());
        assertEquals(ZoneId.of("Europe/Oslo"), corpus.options().defaultZone());

        Dataset dataset = new DatasetLoader(corpus.options()).load(corpus.files());
        assertEquals(java.util.List.of(), dataset.problems());
        assertTrue(dataset.inputs().stream().anyMatch(i -> i.kind() == InputKind.SPAMDB_DUMP));
        assertTrue(dataset.inputs().stream().anyMatch(i -> i.kind() == InputKind.TRAP_LIST));
        assertEquals(96, dataset.trapCounts().get(0).size());
        assertTrue(dataset.events().size() > 40_000);
        assertTrue(dataset.hasSpamtraps());
    }

    @Test
    void unpackingTwiceReplacesTheEarlierCopy() {
        SampleCorpus.extractTo(temp);
        SampleCorpus again = SampleCorpus.extractTo(temp);
        assertEquals(8, again.files().size());
    }
}
