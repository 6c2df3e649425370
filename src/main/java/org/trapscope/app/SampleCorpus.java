package org.trapscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.trapscope.load.LoadOptions;

/**
 * The sample corpus bundled in the jar, copied to a folder on disk so the loader can read it like
 * any other logs. Its files carry no year and lose their modification times inside the jar, so the
 * year and zone come from {@code sample.properties}.
 */
public final class SampleCorpus {
    private static final String FOLDER = "/org/trapscope/sample/";

    private final List<Path> files;
    private final LoadOptions options;

    private SampleCorpus(List<Path> files, LoadOptions options) {
        this.files = List.copyOf(files);
        this.options = options;
    }

    /** Copies the sample into {@code target} (created if missing), replacing earlier copies. */
    public static SampleCorpus extractTo(Path target) {
        try {
            Properties manifest = new Properties();
            try (InputStream in = resource("sample.properties")) {
                manifest.load(in);
            }
            Files.createDirectories(target);
            List<Path> files = new ArrayList<>();
            for (String name : manifest.getProperty("files").split(",")) {
                Path file = target.resolve(name.trim());
                try (InputStream in = resource(name.trim())) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                files.add(file);
            }
            LoadOptions options = LoadOptions.defaults()
                    .withZone(ZoneId.of(manifest.getProperty("zone")))
                    .withFirstYear(Integer.parseInt(manifest.getProperty("year")));
            return new SampleCorpus(files, options);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled sample could not be unpacked to " + target, e);
        }
    }

    /** The default place: a folder in the user's temporary directory. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "trapscope-sample-" + System.getProperty("user.name"));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleCorpus.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException("missing from the jar: " + FOLDER + name);
        }
        return in;
    }

    public List<Path> files() {
        return files;
    }

    public LoadOptions options() {
        return options;
    }
}
