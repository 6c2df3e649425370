package org.trapscope.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the user left a table's columns, by column name: their order, the widths they set and the
 * columns they hid. Names are kept rather than positions so that the layout survives columns
 * that are added or dropped in a later version.
 *
 * @param order  column names, left to right; empty for the default order
 * @param widths widths the user gave columns; others keep their default width
 * @param hidden names of the columns hidden with the column chooser
 */
public record ColumnLayout(List<String> order, Map<String, Double> widths, Set<String> hidden) {
    /** Nothing set by the user: default order and widths, every column shown. */
    public static final ColumnLayout DEFAULT = new ColumnLayout(List.of(), Map.of(), Set.of());

    public ColumnLayout {
        order = List.copyOf(order);
        widths = Map.copyOf(widths);
        hidden = Set.copyOf(hidden);
    }

    /**
     * The table's columns, given in their default order, in the remembered order. Remembered
     * names the table no longer has are ignored; a column the layout does not know (new since it
     * was saved) keeps its default place, right after the column it follows by default.
     */
    public List<String> arrange(List<String> defaults) {
        List<String> arranged = new ArrayList<>();
        for (String name : order) {
            if (defaults.contains(name) && !arranged.contains(name)) {
                arranged.add(name);
            }
        }
        for (int i = 0; i < defaults.size(); i++) {
            String name = defaults.get(i);
            if (!arranged.contains(name)) {
                arranged.add(positionAfterPredecessor(arranged, defaults, i), name);
            }
        }
        return arranged;
    }

    private static int positionAfterPredecessor(List<String> arranged, List<String> defaults, int index) {
        for (int p = index - 1; p >= 0; p--) {
            int at = arranged.indexOf(defaults.get(p));
            if (at >= 0) {
                return at + 1;
            }
        }
        return 0;
    }
}
