package org.trapscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Runs the vendored corpus generator (src/test/tools/genlogs.py) for command-line tests and reads
 * back what it wrote, as plain lines for the tests' own counting.
 */
final class GeneratedLogs {
    static final Path GENERATOR = Path.of("src", "test", "tools", "genlogs.py");
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private GeneratedLogs() {
    }

    /** Writes a corpus into {@code dir}: spamd.1.gz, spamd.0.gz, spamd, traplistcounts, spamdb.txt, truth.json ... */
    static void generate(Path dir, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", GENERATOR.toString(), dir.toString()));
        command.addAll(List.of(options));
        run(Path.of("."), command);
    }

    /** The lines of a plain or gzip file. */
    static List<String> lines(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    /** Output lines of a program run in {@code cwd}. */
    static List<String> run(Path cwd, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
        return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }

    /** A BSD syslog stamp ({@code Nov  3 04:05:06}, the line's first 15 characters) as reports show it. */
    static String reportTime(String line, int year) {
        int month = List.of(MONTHS).indexOf(line.substring(0, 3)) + 1;
        int day = Integer.parseInt(line.substring(4, 6).strip());
        return String.format("%d-%02d-%02d %s", year, month, day, line.substring(7, 15));
    }

    /** The client address a spamd line is about: the field after the tag, past a (GREY)/(BLACK) marker. */
    static String spamdSender(String line) {
        String[] f = line.split(" +");
        String field = f[5].startsWith("(") ? f[6] : f[5];
        return field.endsWith(":") ? field.substring(0, field.length() - 1) : field;
    }
}
