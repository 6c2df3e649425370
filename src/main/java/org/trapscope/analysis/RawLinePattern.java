package org.trapscope.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.trapscope.load.ByteScan;
import org.trapscope.load.LineBytes;
import org.trapscope.load.LineTest;
import org.trapscope.load.RawLines;

/**
 * A {@code --grep} expression as applied to raw lines: the bytes of its {@link RequiredLiteral}
 * runs are looked for first, and only lines that hold them all are decoded and matched. A
 * plain-text expression is answered by the byte search alone. Thread-safe.
 */
final class RawLinePattern {
    private final Pattern pattern;
    /** The required runs as bytes (ASCII, so the same in every decoding), longest first. */
    private final byte[][] runs;
    private final int rarest;
    private final boolean literalOnly;

    RawLinePattern(String regex) {
        this.pattern = Pattern.compile(regex);
        RequiredLiteral literal = RequiredLiteral.of(regex);
        this.runs = literal.runs().stream().map(r -> r.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
        this.rarest = runs.length == 0 ? -1 : ByteScan.rarestIndex(runs[0]);
        this.literalOnly = literal.wholeRegex();
    }

    /** Whether the event's line matches; when it does, the line is in {@code line}. */
    boolean matches(RawLines raw, int event, LineBytes line) throws IOException {
        if (runs.length == 0) {
            raw.read(event, line);
        } else if (!raw.readIfHolding(event, runs[0], rarest, line)) {
            return false;
        }
        for (int r = 1; r < runs.length; r++) {
            if (!line.contains(runs[r])) {
                return false;
            }
        }
        return literalOnly || pattern.matcher(line.text()).find();
    }

    /**
     * The runs every matching line holds, for a search of the files' text, or null when there
     * are none that a search within lines can find (a run with a line end in it matches no line).
     */
    List<byte[]> requiredRuns() {
        if (runs.length == 0) {
            return null;
        }
        for (byte[] run : runs) {
            for (byte b : run) {
                if (b == '\n' || b == '\r') {
                    return null;
                }
            }
        }
        return List.of(runs);
    }

    /** What a line holding the {@link #requiredRuns} must pass besides, or null when holding them is matching. */
    LineTest restOfMatch() {
        return literalOnly ? null : (line, length) -> pattern.matcher(new String(line, 0, length, StandardCharsets.UTF_8)).find();
    }
}
