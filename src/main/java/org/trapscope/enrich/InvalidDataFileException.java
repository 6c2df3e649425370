package org.trapscope.enrich;

import java.io.IOException;
import java.nio.file.Path;

/** A file the user pointed at cannot be used; the message names the file and says why. */
public final class InvalidDataFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public InvalidDataFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public InvalidDataFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public Path file() {
        return file;
    }
}
