package org.trapscope.traps;

import java.io.IOException;
import java.nio.file.Path;
import org.trapscope.load.ProblemSink;
import org.trapscope.source.DamagedArchiveException;
import org.trapscope.source.LineReader;
import org.trapscope.source.LogInputs;

/** Feeds the lines of a side file (dump, trap list, trap counts) to a reader, compressed or not. */
final class SideFileLines {

    @FunctionalInterface
    interface LineHandler {
        void line(long number, String text);
    }

    private SideFileLines() {
    }

    /**
     * Calls {@code handler} for every line. A damaged archive is reported to {@code problems} after
     * the lines before the damage have been handled, so the caller keeps them.
     *
     * @throws IOException if the file cannot be opened or read at all
     */
    static void forEach(Path file, ProblemSink problems, LineHandler handler) throws IOException {
        try (LineReader lines = new LineReader(LogInputs.open(file))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                handler.line(lines.lineNumber(), line);
            }
        } catch (DamagedArchiveException e) {
            problems.report(file, 0, e.getMessage() + "; the lines before that point were read");
        }
    }
}
