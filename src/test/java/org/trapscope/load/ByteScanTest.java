package org.trapscope.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time search against a byte-by-byte loop, at every alignment. */
class ByteScanTest {
    @Test
    void indexOfFindsTheFirstOccurrenceInTheRangeOnly() {
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = new byte[random.nextInt(70)];
            for (int i = 0; i < bytes.length; i++) {
                // few distinct values, the high ones too, so hits and near misses are common
                bytes[i] = (byte) (random.nextInt(4) * 0x41 + (random.nextBoolean() ? 0x80 : 0));
            }
            byte wanted = (byte) (random.nextInt(4) * 0x41 + (random.nextBoolean() ? 0x80 : 0));
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            int to = from + random.nextInt(bytes.length - from + 1);
            assertEquals(slowIndexOf(bytes, from, to, wanted), ByteScan.indexOf(bytes, from, to, wanted));
        }
    }

    @Test
    void containsLooksOnlyBetweenTheBounds() {
        byte[] line = "Nov 22 04:04:35 skapet sshd[1]: Failed password for root".getBytes(StandardCharsets.US_ASCII);
        byte[] needle = "password".getBytes(StandardCharsets.US_ASCII);
        int at = 39;
        assertTrue(ByteScan.contains(line, 0, line.length, needle));
        assertTrue(ByteScan.contains(line, at, at + needle.length, needle), "exactly the word");
        assertFalse(ByteScan.contains(line, 0, at + needle.length - 1, needle), "cut inside the word");
        assertFalse(ByteScan.contains(line, at + 1, line.length, needle), "starts past it");
    }

    @Test
    void theRarestByteIsLookedForFirst() {
        assertEquals(14, rarest("disconnected after"), "the f");
        assertEquals(0, rarest("root 203.0.113.5"), "a letter before digits and dots");
        assertEquals(4, rarest("sshd["), "a bracket before common letters");
        assertEquals(7, rarest("failed Password"), "an upper-case letter");
    }

    private static int rarest(String needle) {
        return ByteScan.rarestIndex(needle.getBytes(StandardCharsets.US_ASCII));
    }

    private static int slowIndexOf(byte[] bytes, int from, int to, byte wanted) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
