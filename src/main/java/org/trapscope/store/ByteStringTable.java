package org.trapscope.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.trapscope.util.Bytes;

/**
 * Interns byte strings (host names, programs, subjects, body lines, user names, addresses) to
 * dense ids without creating a Java String per line: the hot parsing loop hands in a slice of its
 * read buffer. Not thread-safe; each loader worker has its own and they are merged afterwards.
 */
public final class ByteStringTable {
    private byte[] pool;
    private int poolSize;
    private int[] starts;
    private int[] lengths;
    private int[] hashes;
    private int size;
    private int[] slots;
    private int mask;

    public ByteStringTable() {
        this(1024);
    }

    public ByteStringTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[cap];
        Arrays.fill(slots, -1);
        mask = cap - 1;
        starts = new int[Math.max(16, expected)];
        lengths = new int[starts.length];
        hashes = new int[starts.length];
        pool = new byte[Math.max(1024, expected * 16)];
    }

    public int size() {
        return size;
    }

    public int intern(byte[] bytes, int offset, int length) {
        int h = hash(bytes, offset, length);
        int slot = h & mask;
        while (true) {
            int id = slots[slot];
            if (id < 0) {
                break;
            }
            if (hashes[id] == h && lengths[id] == length && Bytes.equals(pool, starts[id], bytes, offset, length)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        return add(bytes, offset, length, h, slot);
    }

    public int intern(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return intern(b, 0, b.length);
    }

    public int length(int id) {
        return lengths[id];
    }

    public int start(int id) {
        return starts[id];
    }

    /** The pool the strings live in; valid until the next {@link #intern}. */
    public byte[] pool() {
        return pool;
    }

    /** Decodes the string leniently: bytes that are not UTF-8 become U+FFFD. */
    public String decode(int id) {
        return new String(pool, starts[id], lengths[id], StandardCharsets.UTF_8);
    }

    private int add(byte[] bytes, int offset, int length, int h, int slot) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            lengths = Arrays.copyOf(lengths, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(bytes, offset, pool, poolSize, length);
        int id = size++;
        starts[id] = poolSize;
        lengths[id] = length;
        hashes[id] = h;
        poolSize += length;
        slots[slot] = id;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int cap = slots.length * 2;
        slots = new int[cap];
        Arrays.fill(slots, -1);
        mask = cap - 1;
        for (int id = 0; id < size; id++) {
            int slot = hashes[id] & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
        }
    }

    static int hash(byte[] b, int offset, int length) {
        return Bytes.hash(b, offset, length);
    }
}
