package org.trapscope.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Configures an {@link Enricher}. Sources added here are the user's imports; they take
 * precedence over the bundled snapshot field by field, and earlier imports over later ones.
 */
public final class EnricherBuilder {
    private boolean bundled = true;
    private final List<OfflineSource> imports = new ArrayList<>();

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

    public Enricher build() {
        List<OfflineSource> sources = new ArrayList<>(imports);
        BundledSnapshot snapshot = bundled ? BundledSnapshot.shared() : null;
        if (snapshot != null) {
            sources.add(snapshot);
        }
        return new Enricher(sources, snapshot);
    }
}
