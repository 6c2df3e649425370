package org.trapscope.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine (parsing, storage, queries, enrichment, export, command line) must not depend on
 * JavaFX: it is tested directly and runs headless. Only {@code ui} and {@code app} may import it.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/org/trapscope");
    private static final Pattern JAVAFX_IMPORT = Pattern.compile("^import (static )?javafx\\.", Pattern.MULTILINE);

    @Test
    void theEngineHasNoJavaFxImports() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !isUserInterface(p))
                    .filter(LayeringTest::importsJavaFx)
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theEngineSourcesAreWhereThisTestLooks() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve("store"))) {
            assertTrue(files.anyMatch(p -> p.endsWith("EventStore.java")));
        }
    }

    private static boolean isUserInterface(Path file) {
        Path relative = SOURCES.relativize(file);
        String top = relative.getName(0).toString();
        return top.equals("ui") || top.equals("app");
    }

    private static boolean importsJavaFx(Path file) {
        try {
            return JAVAFX_IMPORT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
