package org.trapscope.analysis;

/**
 * Per group (a host; a user name and host): how many selected events it has, and the first and
 * last of them as event numbers, which order as their times do in the time-ordered store. A
 * selection counted in pieces adds the later pieces' counts to the earlier.
 */
final class FirstLastCounts {
    final int[] count;
    /** The first and last event of each group (valid where {@link #count} is not 0). */
    final int[] firstEvent;
    final int[] lastEvent;

    FirstLastCounts(int groups) {
        count = new int[groups];
        firstEvent = new int[groups];
        lastEvent = new int[groups];
    }

    /** Counts an event of a group; a piece sees its events in store order. */
    void see(int group, int event) {
        if (count[group]++ == 0) {
            firstEvent[group] = event;
        }
        lastEvent[group] = event;
    }

    /** Adds the counts of the piece of the selection that follows this one's. */
    void addLater(FirstLastCounts later) {
        for (int g = 0; g < count.length; g++) {
            if (later.count[g] > 0) {
                if (count[g] == 0) {
                    firstEvent[g] = later.firstEvent[g];
                }
                lastEvent[g] = later.lastEvent[g];
                count[g] += later.count[g];
            }
        }
    }

    /** The groups with at least one event, ascending. */
    int[] groupsSeen() {
        int seen = 0;
        for (int c : count) {
            seen += c > 0 ? 1 : 0;
        }
        int[] groups = new int[seen];
        int r = 0;
        for (int g = 0; g < count.length; g++) {
            if (count[g] > 0) {
                groups[r++] = g;
            }
        }
        return groups;
    }
}
