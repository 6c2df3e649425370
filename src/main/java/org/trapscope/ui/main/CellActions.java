package org.trapscope.ui.main;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.MenuItem;
import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;
import org.trapscope.analysis.ResultTable;
import org.trapscope.export.ExportView;
import org.trapscope.store.EventKind;
import org.trapscope.ui.enrich.OnlineLookups;
import org.trapscope.ui.filter.FilterState;

/**
 * The right-click menu of a table cell: filter on its value, exclude it, and for a host the
 * campaign step "show all activity of this host"; for a host or a network, a lookup online.
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
            items.add(item("Filter on host " + value, "filterOnValue",
                    () -> change(viewModel.filterProperty().get().withAddresses(value))));
            items.add(item("Exclude host " + value, "excludeValue",
                    () -> change(viewModel.filterProperty().get().excludingAddress(value))));
        } else if (spec.name().equals("kind") && isKind(value)) {
            EventKind kind = EventKind.parse(value);
            items.add(item("Only " + value + " events", "filterOnValue",
                    () -> change(viewModel.filterProperty().get().withKinds(EnumSet.of(kind)))));
            items.add(item("Exclude " + value + " events", "excludeValue",
                    () -> change(viewModel.filterProperty().get().withKinds(allBut(kind)))));
        } else if (spec.type() == ColumnType.TIME && table.number(row, column) != Long.MIN_VALUE) {
            ZonedDateTime at = Instant.ofEpochMilli(table.number(row, column)).atZone(table.zone());
            ZonedDateTime hour = at.truncatedTo(ChronoUnit.HOURS);
            ZonedDateTime day = at.truncatedTo(ChronoUnit.DAYS);
            items.add(item("Filter on this hour", "filterOnHour", () -> change(viewModel.filterProperty().get()
                    .withTimeRange(millis(hour), millis(hour.plusHours(1))))));
            items.add(item("Filter on this day", "filterOnDay", () -> change(viewModel.filterProperty().get()
                    .withTimeRange(millis(day), millis(day.plusDays(1))))));
        } else if (spec.type() == ColumnType.TEXT) {
            if (spec.name().equals("network")) {
                List<String> networks = selectedValues(selected, spec.name());
                List<String> toLookUp = networks.contains(value) ? networks : List.of(value);
                items.add(onlineItem(toLookUp.size() > 1
                        ? String.format("Look up the %,d selected networks online", toLookUp.size())
                        : "Look up network online", () -> online.lookUpNetworks(toLookUp)));
            }
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            items.add(item("Filter on \"" + shown + "\"", "filterOnValue",
                    () -> change(viewModel.filterProperty().get().withPhrase(value))));
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

    private static long millis(ZonedDateTime time) {
        return time.toInstant().toEpochMilli();
    }

    private void change(FilterState next) {
        viewModel.filterProperty().set(next);
    }

    private static boolean isKind(String value) {
        try {
            EventKind.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private EnumSet<EventKind> allBut(EventKind kind) {
        EnumSet<EventKind> kinds = viewModel.filterProperty().get().kinds().isEmpty()
                ? EnumSet.allOf(EventKind.class) : EnumSet.copyOf(viewModel.filterProperty().get().kinds());
        kinds.remove(kind);
        return kinds;
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
