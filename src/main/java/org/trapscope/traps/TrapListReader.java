package org.trapscope.traps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trapscope.load.ProblemSink;

/**
 * Reads a spamtrap list: one address per line, optionally in angle brackets, with blank lines and
 * {@code #} comments (whole-line, or after whitespace at the end of a line).
 */
public final class TrapListReader {

    // '#' is legal inside an address, so only a '#' after whitespace starts a trailing comment
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s#.*$");

    private TrapListReader() {
    }

    /**
     * Lines that are not one e-mail address are reported with their line numbers and skipped.
     *
     * @throws IOException if the file cannot be opened or read at all
     */
    public static TrapList read(Path file, ProblemSink problems) throws IOException {
        List<String> addresses = new ArrayList<>();
        SideFileLines.forEach(file, problems, (number, text) -> {
            String line = TRAILING_COMMENT.matcher(text).replaceFirst("").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return;
            }
            String address = SpamtrapAddresses.normalise(line);
            if (address == null) {
                problems.report(file, number, "not an e-mail address: \"" + line + "\"");
            } else {
                addresses.add(address);
            }
        });
        return new TrapList(addresses);
    }
}
