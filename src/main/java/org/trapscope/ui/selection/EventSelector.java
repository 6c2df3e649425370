package org.trapscope.ui.selection;

import org.trapscope.analysis.Counts;
import org.trapscope.ui.filter.FilterState;

/** Runs the filter bar's filter through the analysis engine; called on a worker thread. */
public final class EventSelector {
    /** @throws IllegalArgumentException when the filter cannot be understood (a mistyped address) */
    public Selection select(OpenedData data, FilterState filter) {
        var events = data.engine().select(FilterTranslation.toFilter(filter));
        return new Selection(data, filter, events, Counts.of(data.index(), events));
    }
}
