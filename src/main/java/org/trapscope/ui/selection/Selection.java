package org.trapscope.ui.selection;

import org.trapscope.analysis.Counts;
import org.trapscope.analysis.EventSelection;
import org.trapscope.ui.filter.FilterState;

/**
 * What the views show now: the events a filter selected from the opened data, with their counts
 * as the pipelines counted them.
 */
public record Selection(OpenedData data, FilterState filter, EventSelection events, Counts counts) {
    public int size() {
        return events.size();
    }
}
