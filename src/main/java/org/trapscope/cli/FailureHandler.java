package org.trapscope.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns a failed command into one line on stderr and exit code 1: users of a command line want
 * the reason, not a stack trace. Bad usage is picocli's business and exits with 2.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    static final int NOTHING_READ = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        String message = ex instanceof UncheckedIOException && ex.getCause() != null
                ? ex.getCause().getMessage() : ex.getMessage();
        cli.getErr().println("trapscope: " + (message == null ? ex.getClass().getSimpleName() : message));
        return NOTHING_READ;
    }
}
