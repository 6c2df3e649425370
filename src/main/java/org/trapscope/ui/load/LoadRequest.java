package org.trapscope.ui.load;

import java.nio.file.Path;
import java.util.List;
import org.trapscope.load.LoadOptions;

/**
 * Files to open and how.
 *
 * @param label  what the window title calls the result ("3 files", "Sample data")
 * @param sample whether this is the bundled sample, which the window marks as such
 */
public record LoadRequest(List<Path> paths, LoadOptions options, String label, boolean sample) {
    public LoadRequest {
        paths = List.copyOf(paths);
    }

    public static LoadRequest of(List<Path> paths, LoadOptions options) {
        String label = paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " files";
        return new LoadRequest(paths, options, label, false);
    }
}
