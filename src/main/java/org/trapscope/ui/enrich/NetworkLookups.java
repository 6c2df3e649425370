package org.trapscope.ui.enrich;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import org.trapscope.enrich.Enrichment;

/**
 * The online side of the enrichment engine as the workbench uses it: ask about one address, see
 * how many questions wait, drop them. Tests answer from a script instead of RDAP and WHOIS.
 */
public interface NetworkLookups {
    /** Asks about the address; while online is off the answer is the offline one and nothing is sent. */
    CompletableFuture<Enrichment> lookUp(long hi, long lo);

    void setOnline(boolean on);

    /** Drops the lookups still waiting; their futures are cancelled. */
    void cancelAll();

    /** Hears the number of waiting lookups, from any thread. */
    void addQueueListener(IntConsumer sizeChanged);
}
