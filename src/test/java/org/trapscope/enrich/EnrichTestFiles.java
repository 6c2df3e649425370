package org.trapscope.enrich;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test files under src/test/resources/org/trapscope/enrich/. */
final class EnrichTestFiles {
    private EnrichTestFiles() {
    }

    static Path resource(String relative) {
        try {
            return Path.of(EnrichTestFiles.class.getResource(relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + relative, e);
        }
    }

    /** Asks one source alone, as the enricher would, without the special-range short cut. */
    static Enrichment ask(OfflineSource source, String address) {
        long[] ip = IpNumbers.parse(address);
        EnrichmentDraft draft = new EnrichmentDraft();
        source.contribute(ip[0], ip[1], draft);
        return draft.build();
    }
}
