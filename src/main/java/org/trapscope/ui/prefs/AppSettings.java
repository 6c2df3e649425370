package org.trapscope.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.trapscope.ui.enrich.EnrichmentSettings;
import org.trapscope.ui.main.RecentFiles;
import org.trapscope.ui.table.ColumnMemory;

/**
 * What the workbench remembers between runs, in {@link java.util.prefs}: recent files, the last
 * folder, the window's size, the theme, each table's columns, imported IP data and whether lookups go
 * online. Tests pass their own node.
 */
public final class AppSettings implements RecentFiles, EnrichmentSettings {
    private static final int MAX_RECENT = 8;
    /** Separates the paths of one recent entry (preferences refuse NUL, the one byte no path holds). */
    private static final String PATH_SEPARATOR = "\n";

    private final Preferences node;

    public AppSettings(Preferences node) {
        this.node = node;
    }

    public static AppSettings forUser() {
        return new AppSettings(Preferences.userRoot().node("org/trapscope/workbench"));
    }

    @Override
    public List<List<Path>> list() {
        List<List<Path>> entries = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get("recent." + i, null);
            if (value == null) {
                break;
            }
            entries.add(Arrays.stream(value.split(PATH_SEPARATOR)).map(Path::of).toList());
        }
        return entries;
    }

    @Override
    public void add(List<Path> opened) {
        List<Path> absolute = opened.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<List<Path>> entries = new ArrayList<>(list());
        entries.remove(absolute);
        entries.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < entries.size()) {
                node.put("recent." + i, String.join(PATH_SEPARATOR, entries.get(i).stream().map(Path::toString).toList()));
            } else {
                node.remove("recent." + i);
            }
        }
        Path parent = absolute.get(0).getParent();
        if (parent != null) {
            setLastFolder(parent);
        }
    }

    public Optional<Path> lastFolder() {
        return Optional.ofNullable(node.get("lastFolder", null)).map(Path::of);
    }

    public void setLastFolder(Path folder) {
        node.put("lastFolder", folder.toString());
    }

    /** Whether the bundled sample was offered already: it opens by itself on the first start only. */
    public boolean sampleShown() {
        return node.getBoolean("sampleShown", false);
    }

    public void setSampleShown() {
        node.putBoolean("sampleShown", true);
    }

    public WindowBounds windowBounds() {
        return new WindowBounds(node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN),
                node.getDouble("window.width", 1280), node.getDouble("window.height", 820),
                node.getBoolean("window.maximized", false));
    }

    public void setWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    @Override
    public List<Path> importedIpData() {
        String value = node.get("ipData", "");
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(PATH_SEPARATOR)).map(Path::of).toList();
    }

    @Override
    public void setImportedIpData(List<Path> paths) {
        node.put("ipData", String.join(PATH_SEPARATOR, paths.stream().map(Path::toString).toList()));
    }

    @Override
    public boolean onlineLookups() {
        return node.getBoolean("onlineLookups", false);
    }

    @Override
    public void setOnlineLookups(boolean on) {
        node.putBoolean("onlineLookups", on);
    }

    /** The column layout of one table, for {@link org.trapscope.ui.table.ReportTableView}. */
    public ColumnMemory columnMemory(String table) {
        return new ColumnPrefs(node, table);
    }
}
