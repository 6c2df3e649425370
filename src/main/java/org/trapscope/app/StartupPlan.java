package org.trapscope.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window opens at start: the files named on the command line; with none, the bundled
 * sample on the very first start (so a new user sees something to explore), else nothing.
 */
enum StartupPlan {
    OPEN_FILES, OPEN_SAMPLE, NOTHING;

    static StartupPlan decide(List<Path> files, boolean sampleShownBefore) {
        if (!files.isEmpty()) {
            return OPEN_FILES;
        }
        return sampleShownBefore ? NOTHING : OPEN_SAMPLE;
    }
}
