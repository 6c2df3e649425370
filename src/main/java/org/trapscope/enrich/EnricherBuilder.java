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
    private final List<OfflineSource> dumps = new ArrayList<>();
    private final List<OfflineSource> mmdbs = new ArrayList<>();
    private final List<OfflineSource> delegated = new ArrayList<>();

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

    /**
     * Adds an RIR delegated-extended statistics file or the NRO combined file (plain or .gz).
     *
     * @throws InvalidDataFileException for a malformed or truncated file
     */
    public EnricherBuilder addDelegated(Path file) throws IOException {
        delegated.add(DelegatedStatsSource.read(file));
        return this;
    }

    /**
     * Adds a RIPE or APNIC split dump of inetnum or inet6num objects (plain or .gz).
     *
     * @throws InvalidDataFileException for a file without readable inetnum/inet6num objects
     */
    public EnricherBuilder addRipeDump(Path file) throws IOException {
        dumps.add(RpslDumpSource.read(file));
        return this;
    }

    /**
     * Order of precedence, field by field: sources given directly, then database dumps (exact
     * registry objects), MaxMind DB files, delegated statistics, the bundled snapshot.
     */
    public Enricher build() {
        List<OfflineSource> sources = new ArrayList<>(imports);
        sources.addAll(dumps);
        sources.addAll(mmdbs);
        sources.addAll(delegated);
        BundledSnapshot snapshot = bundled ? BundledSnapshot.shared() : null;
        if (snapshot != null) {
            sources.add(snapshot);
        }
        return new Enricher(sources, snapshot);
    }
}
