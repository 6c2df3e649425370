package org.trapscope.app;

import java.util.List;
import javafx.application.Application;
import org.trapscope.cli.TrapscopeCommand;

/**
 * Entry point of {@code trapscope.jar}: a command runs headless and exits with its code; no
 * arguments, or only files and folders, open the workbench window. This class must not extend
 * {@code javafx.application.Application}, so that a plain jar with JavaFX on the class path can
 * start.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (LaunchMode.opensWindow(List.of(args))) {
            try {
                Application.launch(TrapscopeApp.class, args);
            } catch (UnsupportedOperationException noDisplay) {
                // a server without a display: say what works there instead of a stack trace
                System.err.println("trapscope: cannot open the window (" + noDisplay.getMessage() + "); "
                        + "on a machine without a display run a command, e.g. `trapscope summary FILE`, "
                        + "or see `trapscope --help`");
                System.exit(1);
            }
        } else {
            System.exit(TrapscopeCommand.execute(args));
        }
    }
}
