package org.trapscope.ui.selection;

import org.trapscope.load.Dataset;
import org.trapscope.ui.filter.FilterState;

/**
 * The events a filter selects, as indices into the store in time order, with the counts the
 * status bar shows next to the totals.
 *
 * @param events  event indices, ascending; callers must not change the array
 * @param hosts   distinct client addresses among them
 * @param targets distinct envelope recipients among them
 * @param users   distinct login user names among them
 */
public record EventSelection(Dataset dataset, FilterState filter, int[] events, int hosts, int targets, int users) {
    public static EventSelection none() {
        return new EventSelection(Dataset.empty(), FilterState.NONE, new int[0], 0, 0, 0);
    }

    public int size() {
        return events.length;
    }
}
