package org.trapscope.ui.main;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuItem;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.export.ExportView;
import org.trapscope.ui.enrich.OnlineLookups;

/**
 * The right-click menu of a table cell: for a host the campaign step "show all activity of this
 * host"; for a host or a network, a lookup online; then the filter choices of {@link CellFilters}.
 */
final class CellActions {
    private final WorkbenchViewModel viewModel;
    private final OnlineLookups online;
    private final Runnable showEvents;

    /** @param showEvents brings the events table to the front, where a host's activity is read */
    CellActions(WorkbenchViewModel viewModel, OnlineLookups online, Runnable showEvents) {
        this.viewModel = viewModel;
        this.online = online;
        this.showEvents = showEvents;
    }

    /**
     * @param selected the table's selected rows, as shown; several selected hosts (or networks) can be
     *                 followed or looked up at once
     */
    List<MenuItem> forCell(ResultTable table, int row, int column, ExportView selected) {
        Column spec = table.columns().get(column);
        String value = table.text(row, column);
        List<MenuItem> items = new ArrayList<>();
        if (value.isEmpty()) {
            return items;
        }
        if (spec.type() == ColumnType.IP) {
            items.add(item("Show all activity of this host", "showAllActivity", () -> showAllActivityOf(value)));
            List<String> hosts = selectedValues(selected, spec.name());
            if (hosts.size() > 1) {
                items.add(item(String.format("Show all activity of the %,d selected hosts", hosts.size()),
                        "showAllActivitySelected", () -> showAllActivityOf(String.join(", ", hosts))));
            }
            List<String> toLookUp = hosts.contains(value) ? hosts : List.of(value);
            items.add(onlineItem(toLookUp.size() > 1
                    ? String.format("Look up the networks of the %,d selected hosts online", toLookUp.size())
                    : "Look up network online", () -> online.lookUp(toLookUp)));
        } else if (spec.name().equals("network")) {
            List<String> networks = selectedValues(selected, spec.name());
            List<String> toLookUp = networks.contains(value) ? networks : List.of(value);
            items.add(onlineItem(toLookUp.size() > 1
                    ? String.format("Look up the %,d selected networks online", toLookUp.size())
                    : "Look up network online", () -> online.lookUpNetworks(toLookUp)));
        }
        for (CellFilters.Choice choice : CellFilters.forCell(table, row, column, viewModel.filterProperty().get())) {
            items.add(item(choice.label(), choice.id(), () -> viewModel.filterProperty().set(choice.next())));
        }
        return items;
    }

    private static List<String> selectedValues(ExportView selected, String column) {
        int c = -1;
        for (int i = 0; i < selected.columns().length; i++) {
            if (selected.header(i).equals(column)) {
                c = i;
            }
        }
        Set<String> values = new LinkedHashSet<>();
        for (int r = 0; c >= 0 && r < selected.rowCount(); r++) {
            String value = selected.text(r, c);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** The campaign step: every event of these hosts, in the events table. */
    void showAllActivityOf(String hosts) {
        viewModel.showAllActivityOf(hosts);
        showEvents.run();
    }

    /** Disabled until the user turns online lookups on in the View menu: nothing leaves the machine before. */
    private MenuItem onlineItem(String text, Runnable action) {
        MenuItem item = item(text, "lookUpOnline", action);
        item.disableProperty().bind(online.onProperty().not());
        return item;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
