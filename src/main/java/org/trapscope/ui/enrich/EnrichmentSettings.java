package org.trapscope.ui.enrich;

import java.nio.file.Path;
import java.util.List;

/** What the workbench remembers about IP data between runs: the user's imports and whether lookups go online. */
public interface EnrichmentSettings {
    List<Path> importedIpData();

    void setImportedIpData(List<Path> paths);

    /** Off unless the user turned it on: nothing leaves the machine by default. */
    boolean onlineLookups();

    void setOnlineLookups(boolean on);
}
