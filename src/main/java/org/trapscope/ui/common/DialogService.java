package org.trapscope.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions the workbench asks the user — which files, where to save, may it overwrite — so
 * that actions can be tested with scripted answers instead of native dialogs.
 */
public interface DialogService {
    List<Path> chooseFilesToOpen();

    Optional<Path> chooseFolderToOpen();

    /** An IP data file to import (.mmdb, delegated statistics, RIPE/APNIC dump), or empty. */
    Optional<Path> chooseIpDataFile();

    /** A folder of .mmdb files to import, or empty. */
    Optional<Path> chooseIpDataFolder();

    /**
     * A file to write, or empty when the user cancelled or declined to overwrite.
     *
     * @param extension without the dot: {@code csv}, {@code xlsx}, {@code png}
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String extension);

    /** Tells the user something finished or failed, without blocking the window. */
    void notify(String message);
}
