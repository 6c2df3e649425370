package org.trapscope.traps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trapscope.load.ProblemSink;

/**
 * Reads saved {@code spamdb} output: {@code |}-separated records with no quoting, dispatched on the
 * first field. The fields cannot be escaped, so a {@code |} inside a HELO name or an address shifts
 * the fields after it; checking the field count and that the numeric tail is numeric catches that.
 * Bad lines are reported and skipped.
 */
public final class SpamdbDumpReader {

    private final Path file;
    private final ProblemSink problems;
    private final List<GreyEntry> grey = new ArrayList<>();
    private final List<WhiteEntry> white = new ArrayList<>();
    private final List<TrappedHost> trapped = new ArrayList<>();
    private final List<String> spamtraps = new ArrayList<>();
    private int badLines;

    private SpamdbDumpReader(Path file, ProblemSink problems) {
        this.file = file;
        this.problems = problems;
    }

    /** @throws IOException if the file cannot be opened or read at all */
    public static SpamdbDump read(Path file, ProblemSink problems) throws IOException {
        SpamdbDumpReader reader = new SpamdbDumpReader(file, problems);
        SideFileLines.forEach(file, problems, reader::parseLine);
        return new SpamdbDump(reader.grey, reader.white, reader.trapped, reader.spamtraps, reader.badLines);
    }

    private void parseLine(long number, String line) {
        if (line.isBlank()) {
            return;
        }
        String[] fields = line.split("\\|", -1);
        try {
            switch (fields[0]) {
                case "GREY" -> grey.add(greyEntry(fields));
                case "WHITE" -> white.add(whiteEntry(fields));
                case "TRAPPED" -> trapped.add(trappedHost(fields));
                case "SPAMTRAP" -> spamtraps.add(spamtrap(fields));
                default -> throw new BadRecord(fields.length == 1
                        ? "not a spamdb record (no | separated fields)"
                        : "unknown spamdb record type \"" + fields[0] + "\"");
            }
        } catch (BadRecord e) {
            badLines++;
            problems.report(file, number, e.getMessage());
        }
    }

    private static GreyEntry greyEntry(String[] f) throws BadRecord {
        if (f.length == 10) {
            return new GreyEntry(ip(f, 1), f[2], f[3], f[4],
                    time(f, 5, "first-seen"), time(f, 6, "pass"), time(f, 7, "expiry"),
                    count(f, 8, "block"), count(f, 9, "pass"));
        }
        if (f.length == 9) {
            // OpenBSD 3.5 to 4.0 dumps: no HELO field
            return new GreyEntry(ip(f, 1), "", f[2], f[3],
                    time(f, 4, "first-seen"), time(f, 5, "pass"), time(f, 6, "expiry"),
                    count(f, 7, "block"), count(f, 8, "pass"));
        }
        throw wrongFieldCount(f, 10, "10 (or 9 in old dumps)");
    }

    private static WhiteEntry whiteEntry(String[] f) throws BadRecord {
        if (f.length != 9) {
            throw wrongFieldCount(f, 9, "9");
        }
        return new WhiteEntry(ip(f, 1), time(f, 4, "first-seen"), time(f, 5, "whitelisting"), time(f, 6, "expiry"),
                count(f, 7, "block"), count(f, 8, "pass"));
    }

    private static TrappedHost trappedHost(String[] f) throws BadRecord {
        if (f.length != 3) {
            throw wrongFieldCount(f, 3, "3");
        }
        return new TrappedHost(ip(f, 1), time(f, 2, "expiry"));
    }

    private static String spamtrap(String[] f) throws BadRecord {
        if (f.length != 2) {
            throw wrongFieldCount(f, 2, "2");
        }
        String address = SpamtrapAddresses.normalise(f[1]);
        if (address == null) {
            throw new BadRecord("SPAMTRAP record: not an e-mail address: \"" + f[1] + "\"");
        }
        return address;
    }

    private static BadRecord wrongFieldCount(String[] f, int expected, String expectedText) {
        String why = f.length > expected && f[0].equals("GREY") ? "; a | inside the HELO name or an address probably split a field" : "";
        return new BadRecord(f[0] + " record has " + f.length + " fields instead of " + expectedText + why);
    }

    private static String ip(String[] f, int index) throws BadRecord {
        if (!IpAddressText.isValid(f[index])) {
            throw new BadRecord(f[0] + " record: not an IP address: \"" + f[index] + "\"");
        }
        return f[index];
    }

    private static long time(String[] f, int index, String what) throws BadRecord {
        return number(f, index, what + " time", Long.MAX_VALUE);
    }

    private static int count(String[] f, int index, String what) throws BadRecord {
        return (int) number(f, index, what + " count", Integer.MAX_VALUE);
    }

    private static long number(String[] f, int index, String what, long max) throws BadRecord {
        String text = f[index];
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
                || Long.parseLong(text) > max) {
            // only GREY has free text (HELO, addresses) in which a | could hide
            String hint = f[0].equals("GREY") ? " (a | inside the HELO name or an address may have shifted the fields)" : "";
            throw new BadRecord(f[0] + " record: the " + what + " is not a valid number: \"" + text + "\"" + hint);
        }
        return Long.parseLong(text);
    }

    /** A line that is not a valid record; its message is shown to the user. */
    private static final class BadRecord extends Exception {
        BadRecord(String message) {
            super(message, null, false, false);
        }
    }
}
