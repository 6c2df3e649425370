package org.trapscope.app;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Files the desktop asks the running application to open. Linux and Windows pass them as
 * arguments (the .desktop entry's {@code %F}, the file association); macOS sends an Apple event
 * instead, which only {@link Desktop}'s open-file handler receives. It is registered on macOS
 * alone, so no AWT toolkit starts next to JavaFX elsewhere.
 */
final class DesktopOpenFiles {
    private DesktopOpenFiles() {
    }

    /** Forwards "Open with" and double-clicked files to {@code open}; does nothing off macOS. */
    static void forwardTo(Consumer<List<Path>> open) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")
                || !Desktop.isDesktopSupported()) {
            return;
        }
        Desktop desktop = Desktop.getDesktop();
        if (desktop.isSupported(Desktop.Action.APP_OPEN_FILE)) {
            desktop.setOpenFileHandler(event -> open.accept(event.getFiles().stream().map(File::toPath).toList()));
        }
    }
}
