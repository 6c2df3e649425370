package org.trapscope.enrich;

/**
 * One body of data on the local disk or in memory that can describe addresses. Implementations
 * are thread-safe and never touch the network.
 */
public interface OfflineSource {
    /** Offers to the draft whatever this source knows about the address. */
    void contribute(long hi, long lo, EnrichmentDraft draft);

    /** Name, date and content in one line, for the data-source panel, --help and the About box. */
    String describe();
}
