package org.trapscope.ui.prefs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.trapscope.ui.table.ColumnLayout;
import org.trapscope.ui.table.ColumnMemory;

/**
 * One table's column layout in the preferences, as three short texts: the order
 * ({@code time,ip,kind}), the widths ({@code ip=180.0,text=300.0}) and the hidden columns. Report
 * column names hold no commas or equals signs.
 */
final class ColumnPrefs implements ColumnMemory {
    private final Preferences node;
    private final String orderKey;
    private final String widthsKey;
    private final String hiddenKey;

    ColumnPrefs(Preferences node, String table) {
        this.node = node;
        this.orderKey = "order." + table;
        this.widthsKey = "widths." + table;
        this.hiddenKey = "hidden." + table;
    }

    @Override
    public ColumnLayout layout() {
        Map<String, Double> widths = new HashMap<>();
        for (String entry : names(widthsKey)) {
            int equals = entry.lastIndexOf('=');
            try {
                widths.put(entry.substring(0, equals), Double.parseDouble(entry.substring(equals + 1)));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                // a width edited by hand into nonsense: that column keeps its default width
            }
        }
        return new ColumnLayout(names(orderKey), widths, Set.copyOf(names(hiddenKey)));
    }

    @Override
    public void remember(ColumnLayout layout) {
        put(orderKey, String.join(",", layout.order()));
        put(widthsKey, layout.widths().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        put(hiddenKey, String.join(",", layout.hidden().stream().sorted().toList()));
    }

    private List<String> names(String key) {
        String value = node.get(key, "");
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(","));
    }

    private void put(String key, String value) {
        if (value.isEmpty()) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }
}
