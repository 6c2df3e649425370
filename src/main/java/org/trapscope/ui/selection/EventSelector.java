package org.trapscope.ui.selection;

import org.trapscope.load.Cancellation;
import org.trapscope.load.Dataset;
import org.trapscope.ui.filter.FilterState;

/** Runs a filter over the opened events; called on a worker thread. */
@FunctionalInterface
public interface EventSelector {
    /**
     * @throws IllegalArgumentException when the filter cannot be understood (a bad address)
     * @throws java.util.concurrent.CancellationException when {@code cancellation} fired
     */
    EventSelection select(Dataset dataset, FilterState filter, Cancellation cancellation);
}
