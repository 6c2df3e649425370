package org.trapscope.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trapscope.load.Dataset;
import org.trapscope.load.DatasetLoader;
import org.trapscope.load.LoadOptions;

/**
 * A corpus made by the shared generator, loaded, with shell and truth.json oracles. The
 * generator is kept in the repository (a copy of the workplace's {@code shared/tools/genlogs.py})
 * so that the tests run on a fresh clone anywhere.
 */
final class GeneratedCorpus {
    static final Path GENERATOR = Path.of("src", "test", "tools", "genlogs.py");

    final Path dir;
    final Dataset dataset;
    final DatasetIndex index;

    private GeneratedCorpus(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
        this.index = new DatasetIndex(dataset, HostAttributes.NONE, ZoneId.of("UTC"));
    }

    static GeneratedCorpus make(Path dir, int seed) throws IOException, InterruptedException {
        run("python3", GENERATOR.toString(), dir.toString(), "--spamd-mb", "2", "--seed", Integer.toString(seed));
        Dataset dataset = new DatasetLoader(LoadOptions.defaults().withZone(ZoneId.of("UTC")))
                .load(List.of(dir.resolve("spamd"), dir.resolve("spamd.0.gz"), dir.resolve("spamd.1.gz"),
                        dir.resolve("maillog"), dir.resolve("authlog"), dir.resolve("spamdb.txt"),
                        dir.resolve("traplistcounts")));
        return new GeneratedCorpus(dir, dataset);
    }

    /** The whole spamd log, oldest first, as the shell sees it. */
    String allSpamd() {
        return "{ zcat spamd.1.gz spamd.0.gz; cat spamd; }";
    }

    /** Runs a bash pipeline in the corpus folder and returns its output lines. */
    List<String> shell(String pipeline) throws IOException, InterruptedException {
        String out = run(dir, "bash", "-c", "set -o pipefail; " + pipeline);
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    /** A value from truth.json, read by python (the project has no JSON library). */
    List<String> truth(String pythonExpression) throws IOException, InterruptedException {
        String out = run(dir, "python3", "-c",
                "import json\nt=json.load(open('truth.json'))\nfor v in " + pythonExpression + ": print(v)");
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    static Set<String> sorted(List<String> values) {
        return new TreeSet<>(values);
    }

    static String run(String... command) throws IOException, InterruptedException {
        return run(Path.of("."), command);
    }

    static String run(Path cwd, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(cwd.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
        return new String(out, StandardCharsets.UTF_8).strip();
    }

    static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
