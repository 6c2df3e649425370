package org.trapscope.cli;

/** A value the user gave that cannot be used (an unknown zone, a bad date); exits with code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
