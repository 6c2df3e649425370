package org.trapscope.load;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Slices taken from all over some texts, to tell which of the strings a search needs is rarest
 * in them and which byte of it: the letters of English are no guide in logs, where every spamd
 * line says "spamd" and every address is digits and dots.
 */
final class TextSample {
    /** How many slices, of how many bytes. */
    private static final int SLICES = 16;
    private static final int SLICE = 64 << 10;

    private final byte[] bytes;
    private final int length;
    private final int[] byteCounts = new int[256];

    private TextSample(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
        for (int i = 0; i < length; i++) {
            byteCounts[bytes[i] & 0xFF]++;
        }
    }

    /** Slices evenly spread over the texts taken one after the other. */
    static TextSample of(List<? extends ByteBuffer> texts) {
        long total = 0;
        for (ByteBuffer text : texts) {
            total += text.capacity();
        }
        byte[] sample = new byte[(int) Math.min(total, (long) SLICES * SLICE)];
        int filled = 0;
        long step = Math.max(SLICE, total / SLICES);
        for (long at = 0; at < total && filled < sample.length; at += step) {
            int t = 0;
            long textStart = 0;
            while (at >= textStart + texts.get(t).capacity()) {
                textStart += texts.get(t).capacity();
                t++;
            }
            int from = (int) (at - textStart);
            int length = (int) Math.min(Math.min(SLICE, texts.get(t).capacity() - from), sample.length - filled);
            texts.get(t).get(from, sample, filled, length);
            filled += length;
        }
        return new TextSample(sample, filled);
    }

    /** Of these strings (not empty), the one found least often here; the longest of those equally rare. */
    byte[] rarest(List<byte[]> strings) {
        if (strings.size() == 1) {
            return strings.get(0);
        }
        byte[] rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (byte[] candidate : strings) {
            int count = ByteScan.count(bytes, 0, length, candidate);
            if (count < fewest || count == fewest && candidate.length > rarest.length) {
                rarest = candidate;
                fewest = count;
            }
        }
        return rarest;
    }

    /** Index of the byte of {@code needle} (not empty) found least often here; by the usual guess among those equally rare. */
    int rarestByte(byte[] needle) {
        int best = 0;
        for (int i = 1; i < needle.length; i++) {
            int count = byteCounts[needle[i] & 0xFF];
            int bestCount = byteCounts[needle[best] & 0xFF];
            if (count < bestCount || count == bestCount && ByteScan.commonness(needle[i]) < ByteScan.commonness(needle[best])) {
                best = i;
            }
        }
        return best;
    }
}
