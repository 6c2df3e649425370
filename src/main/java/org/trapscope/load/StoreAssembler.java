package org.trapscope.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.trapscope.mail.EncodedWords;
import org.trapscope.store.ByteStringTable;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;
import org.trapscope.store.IpTable;
import org.trapscope.store.LongIntMap;
import org.trapscope.store.Origin;
import org.trapscope.store.SourceFile;
import org.trapscope.syslog.VisText;

/**
 * Joins the parsed pieces of all files into one {@link EventStore}: maps each piece's local
 * string, address and origin ids to global ones, expands {@code last message repeated N times},
 * gives popa3d-style failures the address of their session (same program and PID), and orders
 * everything by time (ties keep file order, files oldest first).
 */
final class StoreAssembler {
    private final ByteStringTable strings = new ByteStringTable(1 << 16);
    private final IpTable ips = new IpTable(1 << 16);
    private final List<Origin> origins = new ArrayList<>();
    private final Map<Origin, Integer> originIds = new HashMap<>();
    private final List<SourceFile> files = new ArrayList<>();
    private final ProblemSink problems;
    private final int[] lastEventOfOrigin = new int[Character.MAX_VALUE + 1];

    private int size;
    private long[] time;
    private byte[] kind;
    private int[] ip;
    private int[] a;
    private int[] b;
    private char[] origin;
    private int[] offsetLow;
    /** Bits 32-39 of line offsets, only when a file passes 4 GiB. */
    private byte[] offsetHigh;

    private static final byte AUTH_SESSION = (byte) EventKind.AUTH_SESSION.ordinal();
    private static final boolean[] SLOT_A_IS_STRING = new boolean[EventKind.count()];
    private static final boolean[] SLOT_B_IS_STRING = new boolean[EventKind.count()];
    private static final boolean[] CARRIES_USER = new boolean[EventKind.count()];

    static {
        for (EventKind k : EventKind.values()) {
            SLOT_A_IS_STRING[k.ordinal()] = k.carriesText() || k.carriesUser() || k.isEnvelope()
                    || k == EventKind.CONNECT || k == EventKind.DISCONNECT;
            SLOT_B_IS_STRING[k.ordinal()] = k.isEnvelope();
            CARRIES_USER[k.ordinal()] = k.carriesUser();
        }
    }

    StoreAssembler(ProblemSink problems) {
        this.problems = problems;
        Arrays.fill(lastEventOfOrigin, -1);
    }

    EventStore assemble(List<FileChunks> parsedFiles) {
        int capacity = 0;
        for (FileChunks f : parsedFiles) {
            for (ChunkEvents c : f.chunks()) {
                capacity += c.size;
                for (int i = 0; i < c.size; i++) {
                    if (c.kind[i] == ChunkEvents.REPEAT) {
                        capacity += c.a[i];
                    }
                }
            }
        }
        time = new long[capacity];
        kind = new byte[capacity];
        ip = new int[capacity];
        a = new int[capacity];
        b = new int[capacity];
        origin = new char[capacity];
        offsetLow = new int[capacity];
        for (FileChunks f : parsedFiles) {
            append(f);
        }
        sortByTime();
        String[] decoded = new String[strings.size()];
        for (int id = 0; id < decoded.length; id++) {
            decoded[id] = readable(strings.decode(id));
        }
        ips.trim();
        return new EventStore(size, trim(time), trim(kind), trim(ip), trim(a), trim(b), trim(origin),
                trim(offsetLow), offsetHigh == null ? null : trim(offsetHigh), decoded, ips, origins, files);
    }

    private void append(FileChunks file) {
        long lines = 0;
        long bytes = 0;
        long[] problemCount = new long[ProblemCategory.values().length];
        long[] problemFirst = new long[problemCount.length];
        int fileIndex = files.size();
        List<ChunkEvents> chunks = file.chunks();
        int n = chunks.size();
        int[][] stringMaps = new int[n][];
        int[][] ipMaps = new int[n][];
        int[][] originMaps = new int[n][];
        int[] starts = new int[n];
        boolean needsJoins = false;
        int position = size;
        for (int ci = 0; ci < n; ci++) {
            ChunkEvents c = chunks.get(ci);
            stringMaps[ci] = remapStrings(c);
            ipMaps[ci] = remapIps(c);
            originMaps[ci] = remapOrigins(c, stringMaps[ci], fileIndex);
            starts[ci] = position;
            position += c.size;
            needsJoins |= c.needsJoins;
            lines += c.lines;
            bytes += c.bytes;
            for (int p = 0; p < problemCount.length; p++) {
                if (c.problemCount[p] > 0 && problemCount[p] == 0) {
                    problemFirst[p] = lines - c.lines + c.problemFirstLine[p];
                }
                problemCount[p] += c.problemCount[p];
            }
        }
        if (needsJoins) {
            // repeats and PID joins refer to earlier lines of the file: one pass in file order
            LongIntMap sessionAddress = new LongIntMap(64);
            for (int ci = 0; ci < n; ci++) {
                copyWithJoins(chunks.get(ci), stringMaps[ci], ipMaps[ci], originMaps[ci], sessionAddress);
                chunks.set(ci, null); // let the piece go as soon as it is copied: halves peak memory
            }
        } else {
            IntStream.range(0, n).parallel().forEach(ci ->
                    copy(chunks.get(ci), starts[ci], stringMaps[ci], ipMaps[ci], originMaps[ci]));
            size = position;
            for (int ci = 0; ci < n; ci++) {
                chunks.set(ci, null);
            }
        }
        for (ProblemCategory category : ProblemCategory.values()) {
            int p = category.ordinal();
            if (problemCount[p] > 0) {
                problems.report(file.path(), problemFirst[p], category.describe(problemCount[p], problemFirst[p]));
            }
        }
        files.add(new SourceFile(file.path(), file.compression(), file.zone(), lines, bytes));
    }

    /** Copies a piece that needs nothing from earlier lines to its place; pieces run in parallel. */
    private void copy(ChunkEvents c, int start, int[] stringMap, int[] ipMap, int[] originMap) {
        for (int i = 0; i < c.size; i++) {
            byte k = c.kind[i];
            put(start + i, c.time[i], k, c.ip[i] < 0 ? -1 : ipMap[c.ip[i]], slotA(k, c.a[i], stringMap),
                    slotB(k, c.b[i], stringMap), originMap[c.origin[i]], c.offset[i]);
        }
    }

    private void copyWithJoins(ChunkEvents c, int[] stringMap, int[] ipMap, int[] originMap,
                               LongIntMap sessionAddress) {
        for (int i = 0; i < c.size; i++) {
            int globalOrigin = originMap[c.origin[i]];
            byte k = c.kind[i];
            if (k == ChunkEvents.REPEAT) {
                repeat(previousEventOfHost(globalOrigin), c.a[i], c.time[i], c.offset[i]);
                continue;
            }
            int address = c.ip[i] < 0 ? -1 : ipMap[c.ip[i]];
            if (c.pid[i] >= 0 && (k == AUTH_SESSION || CARRIES_USER[k])) {
                long pidKey = ((long) globalOrigin << 32) | c.pid[i];
                if (k == AUTH_SESSION && address >= 0) {
                    sessionAddress.put(pidKey, address);
                } else if (address < 0 && CARRIES_USER[k]) {
                    address = sessionAddress.get(pidKey);
                }
            }
            int e = size++;
            put(e, c.time[i], k, address, slotA(k, c.a[i], stringMap), slotB(k, c.b[i], stringMap), globalOrigin,
                    c.offset[i]);
            lastEventOfOrigin[globalOrigin] = e;
        }
    }

    /** Slot values that are string ids move from the piece's dictionary to the store's. */
    private static int slotA(byte kind, int value, int[] stringMap) {
        return value >= 0 && SLOT_A_IS_STRING[kind] ? stringMap[value] : value;
    }

    private static int slotB(byte kind, int value, int[] stringMap) {
        return value >= 0 && SLOT_B_IS_STRING[kind] ? stringMap[value] : value;
    }

    private void put(int e, long when, byte k, int address, int slotA, int slotB, int originId, long lineOffset) {
        time[e] = when;
        kind[e] = k;
        ip[e] = address;
        a[e] = slotA;
        b[e] = slotB;
        origin[e] = (char) originId;
        offsetLow[e] = (int) lineOffset;
        if (lineOffset >>> 32 != 0) {
            highOffsets()[e] = (byte) (lineOffset >>> 32);
        }
    }

    private synchronized byte[] highOffsets() {
        if (offsetHigh == null) {
            offsetHigh = new byte[time.length];
        }
        return offsetHigh;
    }

    /**
     * The text as a person reads it: vis(3)-escaped 8-bit bytes and MIME encoded-words (spam
     * subjects arrive as {@code =?UTF-8?B?...?=}) decoded. The raw line keeps the original.
     */
    private static String readable(String logged) {
        String text = VisText.decodeMeta(logged);
        return text.contains("=?") ? EncodedWords.decode(text) : text;
    }

    /** The last event so far from the log host of this origin (any program), or -1. */
    private int previousEventOfHost(int originId) {
        String host = origins.get(originId).logHost();
        int latest = -1;
        for (int o = 0; o < origins.size(); o++) {
            if (origins.get(o).logHost().equals(host) && lastEventOfOrigin[o] > latest) {
                latest = lastEventOfOrigin[o];
            }
        }
        return latest;
    }

    /** N more copies of the host's previous event, at the time and line of the repeat notice. */
    private void repeat(int previous, int count, long when, long lineOffset) {
        if (previous < 0) {
            return;
        }
        for (int n = 0; n < count; n++) {
            int e = size++;
            put(e, when, kind[previous], ip[previous], a[previous], b[previous], origin[previous], lineOffset);
        }
    }

    private int[] remapStrings(ChunkEvents c) {
        int[] map = new int[c.strings.size()];
        byte[] pool = c.strings.pool();
        for (int id = 0; id < map.length; id++) {
            map[id] = strings.intern(pool, c.strings.start(id), c.strings.length(id));
        }
        return map;
    }

    private int[] remapIps(ChunkEvents c) {
        int[] map = new int[c.ips.size()];
        for (int id = 0; id < map.length; id++) {
            map[id] = ips.intern(c.ips.hi(id), c.ips.lo(id));
        }
        return map;
    }

    private int[] remapOrigins(ChunkEvents c, int[] stringMap, int fileIndex) {
        int[] map = new int[c.originCount];
        for (int o = 0; o < c.originCount; o++) {
            Origin global = new Origin(fileIndex, strings.decode(stringMap[c.originHost[o]]),
                    strings.decode(stringMap[c.originProgram[o]]));
            Integer id = originIds.get(global);
            if (id == null) {
                if (origins.size() > Character.MAX_VALUE) {
                    throw new IllegalStateException("more than 65,536 distinct (file, host, program) origins");
                }
                id = origins.size();
                origins.add(global);
                originIds.put(global, id);
            }
            map[o] = id;
        }
        return map;
    }

    private void sortByTime() {
        int[] order = IndexSort.sortedOrder(time, size);
        if (order == null) {
            return;
        }
        long[] t = new long[size];
        for (int i = 0; i < size; i++) {
            t[i] = time[order[i]];
        }
        time = t;
        offsetLow = gather(offsetLow, order);
        if (offsetHigh != null) {
            byte[] high = new byte[size];
            for (int i = 0; i < size; i++) {
                high[i] = offsetHigh[order[i]];
            }
            offsetHigh = high;
        }
        byte[] k = new byte[size];
        for (int i = 0; i < size; i++) {
            k[i] = kind[order[i]];
        }
        kind = k;
        ip = gather(ip, order);
        a = gather(a, order);
        b = gather(b, order);
        char[] o = new char[size];
        for (int i = 0; i < size; i++) {
            o[i] = origin[order[i]];
        }
        origin = o;
    }

    private int[] gather(int[] column, int[] order) {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    private long[] trim(long[] x) {
        return x.length == size ? x : Arrays.copyOf(x, size);
    }

    private int[] trim(int[] x) {
        return x.length == size ? x : Arrays.copyOf(x, size);
    }

    private byte[] trim(byte[] x) {
        return x.length == size ? x : Arrays.copyOf(x, size);
    }

    private char[] trim(char[] x) {
        return x.length == size ? x : Arrays.copyOf(x, size);
    }
}
