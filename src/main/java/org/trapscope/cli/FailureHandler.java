package org.trapscope.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns a failed command into one line on stderr and exit code 1: users of a command line want
 * the reason, not a stack trace. Bad usage (picocli's, or a {@link UsageException}) exits with 2.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    static final int NOTHING_READ = 1;
    static final int BAD_USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        if (ex instanceof UsageException) {
            cli.getErr().println("trapscope: " + ex.getMessage());
            cli.getErr().println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BAD_USAGE;
        }
        String message = ex instanceof UncheckedIOException && ex.getCause() != null
                ? ex.getCause().getMessage() : ex.getMessage();
        cli.getErr().println("trapscope: " + (message == null ? ex.getClass().getSimpleName() : message));
        return NOTHING_READ;
    }
}
