package org.trapscope.load;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Looks for a byte string in a stretch of a file's text mapped into memory, and gives the events
 * whose lines hold it. Sixteen bytes a step are tried for the string's rarest byte, and
 * only where it stands is the string compared in full; after a match the rest of its line is
 * skipped. (Trying two of its bytes at once compares less but reckons more per step, and came
 * out slower.) Text outside every event's line (a blank line, which has no event) is never
 * reported. One per stretch.
 */
final class MappedSearch {
    private final ByteBuffer text;
    private final int size;
    private final byte[] needle;
    /** Index in the needle of its rarest byte, the one looked for. */
    private final int rare;
    private final long rareBytes;
    private final LinesInFiles lines;
    private final int file;
    private final LineTest test;
    private byte[] line = new byte[1024];
    private int[] found = new int[256];
    private int foundCount;
    /** The line of the latest match: the index of its event among the file's, by offset. */
    private int lineIndex;

    /**
     * @param text   the file's whole text, little-endian
     * @param needle not empty, without line ends
     * @param rare   index in the needle of its rarest byte, the one to look for
     * @param test   what a line holding the needle must also pass, or null
     */
    MappedSearch(ByteBuffer text, byte[] needle, int rare, LinesInFiles lines, int file, LineTest test) {
        this.text = text;
        this.size = text.capacity();
        this.needle = needle;
        this.rare = rare;
        this.rareBytes = ByteScan.broadcast(needle[rare]);
        this.lines = lines;
        this.file = file;
        this.test = test;
    }

    /**
     * The events whose lines hold the needle starting in {@code [from, to)}; a line that runs
     * past {@code to} is searched to its end. An event may be given twice.
     */
    int[] eventsHolding(int from, int to) {
        foundCount = 0;
        lineIndex = lines.lastAtOrBefore(file, from);
        // places are where the needle's rare byte stands, for a needle at place - rare
        int endPlace = Math.min(to, size - needle.length + 1) + rare;
        int place = from + rare;
        while (place < endPlace) {
            if (place + 2 * Long.BYTES <= size) {
                long low = ByteScan.zeroBytes(text.getLong(place) ^ rareBytes);
                long high = ByteScan.zeroBytes(text.getLong(place + Long.BYTES) ^ rareBytes);
                if ((low | high) == 0) {
                    place += 2 * Long.BYTES;
                    continue;
                }
                int resume = candidates(place, low, place + Long.BYTES, high, endPlace);
                place = resume >= 0 ? resume : place + 2 * Long.BYTES;
            } else if (text.get(place) == needle[rare] && holdsNeedleAt(place - rare)) {
                place = match(place - rare) + rare;
            } else {
                place++;
            }
        }
        return Arrays.copyOf(found, foundCount);
    }

    /**
     * Tries the places flagged in two masks of one word each (a byte's high bit per place, some
     * flagged falsely), the first word's places before the second's; on a match, the place to
     * search on from, else -1.
     */
    private int candidates(int firstBase, long firstMask, int secondBase, long secondMask, int endPlace) {
        for (long mask = firstMask; mask != 0; mask &= mask - 1) {
            int at = firstBase + (Long.numberOfTrailingZeros(mask) >>> 3);
            if (at >= endPlace) {
                return endPlace;
            }
            if (holdsNeedleAt(at - rare)) {
                return match(at - rare) + rare;
            }
        }
        for (long mask = secondMask; mask != 0; mask &= mask - 1) {
            int at = secondBase + (Long.numberOfTrailingZeros(mask) >>> 3);
            if (at >= endPlace) {
                return endPlace;
            }
            if (holdsNeedleAt(at - rare)) {
                return match(at - rare) + rare;
            }
        }
        return -1;
    }

    /** Takes the needle found at {@code start}: its line's events, if it is an event's line; the offset after that line. */
    private int match(int start) {
        while (lineIndex + 1 < lines.size(file) && lines.offset(file, lineIndex + 1) <= start) {
            lineIndex++;
        }
        int lineEnd = lineIndex < 0 ? -1 : newlineAtOrAfter((int) lines.offset(file, lineIndex));
        if (lineEnd >= start) {
            lineFound(lineIndex, lineEnd);
        } else {
            // the match is in a later line that no event stands for
            lineEnd = newlineAtOrAfter(start);
        }
        return lineEnd + 1;
    }

    private boolean holdsNeedleAt(int start) {
        for (int i = 0; i < needle.length; i++) {
            if (text.get(start + i) != needle[i]) {
                return false;
            }
        }
        return true;
    }

    /** Adds the events of the line of the {@code k}th event (ending at {@code lineEnd}), if it passes the test. */
    private void lineFound(int k, int lineEnd) {
        long lineStart = lines.offset(file, k);
        if (test != null) {
            int length = lineEnd - (int) lineStart;
            if (length > 0 && text.get(lineEnd - 1) == '\r') {
                length--;
            }
            if (length > line.length) {
                line = new byte[Math.max(length, line.length * 2)];
            }
            text.get((int) lineStart, line, 0, length);
            if (!test.accepts(line, length)) {
                return;
            }
        }
        // a repeated message's events share its line, and stand together in offset order
        for (int j = k; j >= 0 && lines.offset(file, j) == lineStart; j--) {
            if (foundCount == found.length) {
                found = Arrays.copyOf(found, foundCount * 2);
            }
            found[foundCount++] = lines.event(file, j);
        }
    }

    /** The place of the first line end at or after {@code from}, or the text's size when none follows. */
    private int newlineAtOrAfter(int from) {
        long newlines = ByteScan.broadcast((byte) '\n');
        int i = from;
        for (; i + Long.BYTES <= size; i += Long.BYTES) {
            long zeros = ByteScan.zeroBytes(text.getLong(i) ^ newlines);
            if (zeros != 0) {
                return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
        }
        for (; i < size; i++) {
            if (text.get(i) == '\n') {
                return i;
            }
        }
        return size;
    }
}
