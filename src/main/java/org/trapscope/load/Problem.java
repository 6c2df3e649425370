package org.trapscope.load;

import java.nio.file.Path;

/**
 * Something in the input that the user should know about: an unreadable file, a corrupt archive,
 * a line that could not be understood. Loading goes on after a problem.
 *
 * @param file the file it concerns
 * @param line the 1-based line number it concerns, or 0 when it concerns the whole file
 * @param message what happened, in words a user understands
 */
public record Problem(Path file, long line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
