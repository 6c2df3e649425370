package org.trapscope.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.trapscope.ui.enrich.OnlineLookups;

/** File, Edit, View and Help menus with the keyboard shortcuts analysts expect. */
final class WorkbenchMenu extends MenuBar {
    WorkbenchMenu(WorkbenchViewModel viewModel, OnlineLookups online, MainWindow.MenuActions actions, MainWindow window,
                  Runnable showProblems) {
        Menu recent = new Menu("Open Recent");
        fillRecent(recent, viewModel.recentFiles().list(), actions);

        Menu file = new Menu("File");
        file.setOnShowing(e -> fillRecent(recent, viewModel.recentFiles().list(), actions));
        file.getItems().addAll(
                item("Open…", "menuOpen", shortcut(KeyCode.O), actions::openFiles),
                item("Open Folder…", "menuOpenFolder", null, actions::openFolder),
                recent,
                item("Open Sample Data", "menuOpenSample", null, actions::openSample),
                new SeparatorMenuItem(),
                item("Import IP Data…", "menuImportIpData", null, actions::importIpDataFile),
                item("Import IP Data Folder (.mmdb)…", "menuImportIpDataFolder", null, actions::importIpDataFolder),
                new SeparatorMenuItem(),
                item("Export View as CSV…", "menuExportCsv", shortcut(KeyCode.E), () -> actions.exportView("csv")),
                item("Export View as Excel (.xlsx)…", "menuExportXlsx", null, () -> actions.exportView("xlsx")),
                item("Export Raw Log Extract…", "menuExportRaw", null, actions::exportRawExtract),
                item("Export Raw Lines of Selected Events…", "menuExportRawSelected", null,
                        actions::exportRawExtractOfSelectedEvents),
                item("Export Selected Hosts as pf Table…", "menuExportPf", null, () -> actions.exportPfTable("ip")),
                item("Export Networks of Selected Rows as pf Table…", "menuExportPfNetworks", null,
                        () -> actions.exportPfTable("network")),
                item("Export Harvest as spamdb Commands…", "menuExportSpamdb", null, actions::exportSpamdbTraps),
                item("Save Chart as PNG…", "menuExportPng", null, actions::exportChart),
                new SeparatorMenuItem(),
                item("Quit", "menuQuit", shortcut(KeyCode.Q), actions::quit));

        Menu edit = new Menu("Edit");
        edit.getItems().addAll(
                item("Copy Selected Rows", "menuCopy", null,
                        () -> window.currentTable().ifPresent(t -> t.copySelection())),
                item("Filter…", "menuFilter", null, window::focusFilter),
                item("Clear Filter", "menuClearFilter", null, viewModel::clearFilter));

        CheckMenuItem lookUpOnline = new CheckMenuItem("Look up networks online (RDAP/WHOIS)");
        lookUpOnline.setId("menuOnlineLookups");
        lookUpOnline.selectedProperty().bindBidirectional(online.onProperty());
        Menu view = new Menu("View");
        view.getItems().addAll(
                lookUpOnline,
                item("Light / Dark Theme", "menuTheme", null, actions::toggleTheme),
                item("Problems…", "menuProblems", null, showProblems));

        Menu help = new Menu("Help");
        help.getItems().add(item("About Trapscope", "menuAbout", null, actions::about));
        getMenus().addAll(file, edit, view, help);
    }

    private static void fillRecent(Menu recent, List<List<Path>> entries, MainWindow.MenuActions actions) {
        recent.getItems().clear();
        for (List<Path> entry : entries) {
            String label = entry.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
            MenuItem item = new MenuItem(label.length() > 80 ? label.substring(0, 80) + "…" : label);
            item.setOnAction(e -> actions.openPaths(entry));
            recent.getItems().add(item);
        }
        recent.setDisable(entries.isEmpty());
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
