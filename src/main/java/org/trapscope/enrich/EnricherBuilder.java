package org.trapscope.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Configures an {@link Enricher}. Sources added here are the user's imports; they take
 * precedence over the bundled snapshot field by field, and earlier imports over later ones.
 */
public final class EnricherBuilder {
    private boolean bundled = true;
    private final List<OfflineSource> imports = new ArrayList<>();
    private final List<OfflineSource> mmdbs = new ArrayList<>();

    EnricherBuilder() {
    }

    /** Whether to use the bundled snapshot (on by default). */
    public EnricherBuilder bundled(boolean use) {
        this.bundled = use;
        return this;
    }

    /** Adds an already-built source, for callers and tests with their own data. */
    public EnricherBuilder addSource(OfflineSource source) {
        imports.add(source);
        return this;
    }

    /**
     * Adds a MaxMind DB file, or every {@code *.mmdb} in a folder (in name order).
     *
     * @throws InvalidDataFileException naming the first file that is not a usable MaxMind DB
     */
    public EnricherBuilder addMmdb(Path fileOrFolder) throws IOException {
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(fileOrFolder)) {
                files = listing.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".mmdb")).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new InvalidDataFileException(fileOrFolder, "this folder holds no .mmdb file");
            }
            for (Path file : files) {
                mmdbs.add(MmdbSource.open(file));
            }
        } else {
            mmdbs.add(MmdbSource.open(fileOrFolder));
        }
        return this;
    }

    public Enricher build() {
        List<OfflineSource> sources = new ArrayList<>(imports);
        sources.addAll(mmdbs);
        BundledSnapshot snapshot = bundled ? BundledSnapshot.shared() : null;
        if (snapshot != null) {
            sources.add(snapshot);
        }
        return new Enricher(sources, snapshot);
    }
}
