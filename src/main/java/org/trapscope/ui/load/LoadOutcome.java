package org.trapscope.ui.load;

import java.util.Optional;
import org.trapscope.load.Dataset;

/** How a load ended: with a dataset, cancelled by the user, or failed with a message. */
public record LoadOutcome(LoadRequest request, Optional<Dataset> dataset, boolean cancelled, String failure) {
    static LoadOutcome loaded(LoadRequest request, Dataset dataset) {
        return new LoadOutcome(request, Optional.of(dataset), false, "");
    }

    static LoadOutcome cancelled(LoadRequest request) {
        return new LoadOutcome(request, Optional.empty(), true, "");
    }

    static LoadOutcome failed(LoadRequest request, String message) {
        return new LoadOutcome(request, Optional.empty(), false, message);
    }
}
