package org.trapscope.app;

import java.util.List;
import java.util.Set;
import org.trapscope.cli.TrapscopeCommand;
import picocli.CommandLine;

/**
 * Decides between the window and the command line: a known command word or an option
 * ({@code --help}, {@code --version}) goes to the command line, anything else is taken as files
 * to open in the workbench.
 */
final class LaunchMode {
    private LaunchMode() {
    }

    static boolean opensWindow(List<String> args) {
        if (args.isEmpty()) {
            return true;
        }
        String first = args.get(0);
        return !first.startsWith("-") && !commandWords().contains(first);
    }

    private static Set<String> commandWords() {
        return new CommandLine(new TrapscopeCommand()).getSubcommands().keySet();
    }
}
