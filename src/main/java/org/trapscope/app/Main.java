package org.trapscope.app;

import org.trapscope.cli.TrapscopeCommand;

/**
 * Entry point of {@code trapscope.jar}: a command runs headless and exits with its code. This
 * class must not extend {@code javafx.application.Application}, so that a plain jar with JavaFX on
 * the class path can start.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TrapscopeCommand.execute(args));
    }
}
