package org.trapscope.enrich;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.trapscope.store.IpAddress;

/**
 * Arithmetic on the engine's address form: the 128 bits of an IPv6 address as two longs (hi, lo),
 * IPv4 as its IPv4-mapped form {@code ::ffff:a.b.c.d} (hi = 0). Parsing and formatting are the
 * store's ({@link IpAddress}), never {@link InetAddress#getByName}, which would send a host name to DNS.
 */
public final class IpNumbers {
    /** The lo word of {@code ::ffff:0.0.0.0}; OR an IPv4 address into it. */
    public static final long V4_MAPPED = 0x0000_FFFF_0000_0000L;

    private IpNumbers() {
    }

    public static boolean isV4(long hi, long lo) {
        return IpAddress.isV4(hi, lo);
    }

    /** The lo word of an IPv4 address given as its 32 bits. */
    public static long v4(int address) {
        return IpAddress.v4Low(address);
    }

    /**
     * Compares two addresses as unsigned 128-bit numbers.
     */
    public static int compare(long hi1, long lo1, long hi2, long lo2) {
        int byHi = Long.compareUnsigned(hi1, hi2);
        return byHi != 0 ? byHi : Long.compareUnsigned(lo1, lo2);
    }

    /**
     * Parses an IPv4 or IPv6 address ("192.0.2.1", "2001:db8::1", "::ffff:192.0.2.1", "[::1]",
     * "fe80::1%eth0").
     *
     * @return {hi, lo}
     * @throws IllegalArgumentException if the text is not an address
     */
    public static long[] parse(CharSequence text) {
        long[] parsed = tryParse(text);
        if (parsed == null) {
            throw new IllegalArgumentException("not an IP address: " + text);
        }
        return parsed;
    }

    /** Like {@link #parse} but answers null for text that is not an address. */
    public static long[] tryParse(CharSequence text) {
        long[] parsed = new long[2];
        return IpAddress.parse(text.toString().trim(), parsed) ? parsed : null;
    }

    /** IPv4 as a dotted quad, IPv6 in the RFC 5952 form (lower case, longest zero run as "::"). */
    public static String format(long hi, long lo) {
        return IpAddress.format(hi, lo);
    }

    /** The address as the JDK's type, for readers that want one (no DNS is involved). */
    public static InetAddress toInetAddress(long hi, long lo) {
        try {
            if (isV4(hi, lo)) {
                return InetAddress.getByAddress(new byte[] {(byte) (lo >>> 24), (byte) (lo >>> 16), (byte) (lo >>> 8), (byte) lo});
            }
            byte[] bytes = new byte[16];
            for (int k = 0; k < 8; k++) {
                bytes[k] = (byte) (hi >>> (56 - 8 * k));
                bytes[k + 8] = (byte) (lo >>> (56 - 8 * k));
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The engine's form of a JDK address (IPv4 becomes IPv4-mapped). */
    public static long[] of(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            long v4 = ((bytes[0] & 0xFFL) << 24) | ((bytes[1] & 0xFFL) << 16) | ((bytes[2] & 0xFFL) << 8) | (bytes[3] & 0xFFL);
            return new long[] {0, V4_MAPPED | v4};
        }
        long hi = 0;
        long lo = 0;
        for (int k = 0; k < 8; k++) {
            hi = (hi << 8) | (bytes[k] & 0xFF);
            lo = (lo << 8) | (bytes[k + 8] & 0xFF);
        }
        return new long[] {hi, lo};
    }
}
