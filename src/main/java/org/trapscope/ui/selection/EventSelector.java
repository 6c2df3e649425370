package org.trapscope.ui.selection;

import org.trapscope.analysis.Counts;
import org.trapscope.analysis.EventSelection;
import org.trapscope.ui.filter.FilterState;

/**
 * Runs the filter bar's filter through the analysis engine; called on a worker thread. Selecting
 * and counting are separate steps, so a caller can leave out the counts of a filter that was
 * superseded meanwhile.
 */
public final class EventSelector {
    /** @throws IllegalArgumentException when the filter cannot be understood (a mistyped address) */
    public EventSelection events(OpenedData data, FilterState filter) {
        return data.engine().select(FilterTranslation.toFilter(filter));
    }

    /** The selection with its status-bar counts: another pass over the selected events. */
    public Selection counted(OpenedData data, FilterState filter, EventSelection events) {
        return new Selection(data, filter, events, Counts.of(data.index(), events));
    }
}
