package org.trapscope.load;

import java.util.Arrays;
import org.trapscope.store.ByteStringTable;
import org.trapscope.store.EventKind;
import org.trapscope.store.IpTable;

/**
 * The events parsed from one piece of one file, in file order, with ids local to this piece.
 * The assembler remaps the ids into the store's dictionaries. Columns that only the loader needs
 * (time kind, PID) live here and are dropped after assembly.
 */
final class ChunkEvents {
    /** Marker kind for {@code last message repeated N times}; {@code a} holds N. */
    static final byte REPEAT = -1;

    final int fileIndex;
    final int chunkIndex;
    final ByteStringTable strings;
    final IpTable ips;
    int size;
    long[] time;
    byte[] timeKind;
    byte[] kind;
    int[] ip;
    int[] a;
    int[] b;
    int[] pid;
    int[] origin;
    long[] offset;
    /** Origins are (log host, program) pairs of local string ids. */
    int[] originHost = new int[8];
    int[] originProgram = new int[8];
    int originCount;
    /** Whether some event needs earlier lines: a repeat notice, or a login without address (popa3d). */
    boolean needsJoins;
    /** Lines read in this piece, and their bytes. */
    long lines;
    long bytes;
    /** Per-line trouble: how many lines, and the first one (local line number, 0 = none). */
    final long[] problemCount = new long[ProblemCategory.values().length];
    final long[] problemFirstLine = new long[ProblemCategory.values().length];

    ChunkEvents(int fileIndex, int chunkIndex, int expectedEvents) {
        this.fileIndex = fileIndex;
        this.chunkIndex = chunkIndex;
        int n = Math.max(16, expectedEvents);
        // distinct strings and addresses grow far slower than events; start small, tables grow
        strings = new ByteStringTable(Math.min(4096, n));
        ips = new IpTable(Math.min(4096, n));
        time = new long[n];
        timeKind = new byte[n];
        kind = new byte[n];
        ip = new int[n];
        a = new int[n];
        b = new int[n];
        pid = new int[n];
        origin = new int[n];
        offset = new long[n];
    }

    int add(long timeValue, byte timeKindValue, byte kindValue, int ipId, int slotA, int slotB, int pidValue,
            int originId, long lineOffset) {
        if (size == time.length) {
            grow();
        }
        if (kindValue == REPEAT || (pidValue >= 0 && ipId < 0 && kindValue >= 0
                && EventKind.ofOrdinal(kindValue).carriesUser())) {
            needsJoins = true;
        }
        int i = size++;
        time[i] = timeValue;
        timeKind[i] = timeKindValue;
        kind[i] = kindValue;
        ip[i] = ipId;
        a[i] = slotA;
        b[i] = slotB;
        pid[i] = pidValue;
        origin[i] = originId;
        offset[i] = lineOffset;
        return i;
    }

    int origin(int hostId, int programId) {
        for (int o = originCount - 1; o >= 0; o--) {
            if (originHost[o] == hostId && originProgram[o] == programId) {
                return o;
            }
        }
        if (originCount == originHost.length) {
            originHost = Arrays.copyOf(originHost, originCount * 2);
            originProgram = Arrays.copyOf(originProgram, originCount * 2);
        }
        originHost[originCount] = hostId;
        originProgram[originCount] = programId;
        return originCount++;
    }

    void problem(ProblemCategory category, long localLine) {
        int c = category.ordinal();
        if (problemCount[c]++ == 0) {
            problemFirstLine[c] = localLine;
        }
    }

    private void grow() {
        int n = time.length * 2;
        time = Arrays.copyOf(time, n);
        timeKind = Arrays.copyOf(timeKind, n);
        kind = Arrays.copyOf(kind, n);
        ip = Arrays.copyOf(ip, n);
        a = Arrays.copyOf(a, n);
        b = Arrays.copyOf(b, n);
        pid = Arrays.copyOf(pid, n);
        origin = Arrays.copyOf(origin, n);
        offset = Arrays.copyOf(offset, n);
    }
}
