package org.trapscope.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides what a file holds from its first lines, after decompression (a gzipped spamdb dump is
 * still a dump). Each non-blank line votes for the kind it looks like and the most votes win, so a
 * stray first line (a shell prompt pasted into a dump, a {@code newsyslog} banner) does not decide.
 * The tests here only recognise shapes; the readers do the validating.
 */
public final class InputKinds {

    /** Enough lines to vote on, little enough to sniff a folder of files quickly. */
    static final int SNIFF_BYTES = 64 * 1024;

    private static final Pattern DUMP_RECORD = Pattern.compile("^(?:GREY|WHITE|TRAPPED|SPAMTRAP)\\|");
    // date(1) output in any layout: a clock time, a four-digit year somewhere, then " : N" at the end
    private static final Pattern COUNT_LINE =
            Pattern.compile("^\\s*\\S.*\\b\\d{1,2}:\\d{2}.*\\s:\\s*\\d+\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    // mailbox characters only, so quoted JSON or CSV fields with addresses in them are not lists
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "^\\s*<?[\\p{L}\\p{N}.!#$%&'*+/=?^_`{}~-]+@[\\p{L}\\p{N}.-]+>?\\s*(?:\\s#.*)?$");

    private InputKinds() {
    }

    /**
     * Sniffs the start of {@code file}. An archive damaged within that start is judged on the text
     * before the damage; reading the file properly will report the damage.
     */
    public static InputKind sniff(Path file) throws IOException {
        byte[] head = new byte[SNIFF_BYTES];
        int length = 0;
        boolean cutShort = false;
        try (InputStream in = LogInputs.open(file)) {
            int n;
            while (length < head.length && (n = in.read(head, length, head.length - length)) > 0) {
                length += n;
            }
            cutShort = length == head.length;
        } catch (DamagedArchiveException damaged) {
            cutShort = true;
        }
        List<String> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new ByteArrayInputStream(head, 0, length))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        if (cutShort && !lines.isEmpty()) {
            lines.remove(lines.size() - 1); // probably a fragment
        }
        return classify(lines);
    }

    /** The kind most of these lines look like; a list of only comments is a (commented-out) trap list. */
    public static InputKind classify(List<String> lines) {
        Map<InputKind, Integer> votes = new EnumMap<>(InputKind.class);
        int comments = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.stripLeading().startsWith("#")) {
                comments++;
                continue;
            }
            votes.merge(kindOf(line), 1, Integer::sum);
        }
        if (votes.isEmpty()) {
            return comments > 0 ? InputKind.TRAP_LIST : InputKind.SYSLOG;
        }
        InputKind winner = InputKind.SYSLOG;
        for (Map.Entry<InputKind, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.getOrDefault(winner, 0)) {
                winner = vote.getKey();
            }
        }
        return winner;
    }

    private static InputKind kindOf(String line) {
        if (DUMP_RECORD.matcher(line).find()) {
            return InputKind.SPAMDB_DUMP;
        }
        if (COUNT_LINE.matcher(line).matches() && YEAR.matcher(line).find()) {
            return InputKind.TRAP_COUNTS;
        }
        if (ADDRESS_LINE.matcher(line).matches()) {
            return InputKind.TRAP_LIST;
        }
        return InputKind.SYSLOG;
    }
}
