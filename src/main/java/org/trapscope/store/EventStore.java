package org.trapscope.store;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * All events of the opened logs in time order, stored column by column: a time as a long, the
 * kind as a byte, the address as an id into {@link IpTable}, two int slots whose meaning depends
 * on the kind (string ids or numbers), the spamd session, the origin (file, log host, program)
 * and the byte offset of the original line in its file. About 35 bytes per event; repeated
 * strings are stored once. Immutable after loading, so any number of threads may read it.
 */
public final class EventStore {
    private final int size;
    private final long[] time;
    private final byte[] kind;
    private final int[] ip;
    private final int[] a;
    private final int[] b;
    private final int[] session;
    private final char[] origin;
    /** Low 32 bits of each line's offset; the high bits only exist when a file passes 4 GiB. */
    private final int[] offsetLow;
    private final byte[] offsetHigh;
    private final String[] strings;
    private final IpTable ips;
    private final List<Origin> origins;
    private final List<SourceFile> files;
    private final Sessions sessions;
    /** Each string's rank in case-insensitive order, made on first use; see {@link #stringRanks()}. */
    private int[] stringRanks;

    /**
     * Takes ownership of the arrays; they must not be changed afterwards.
     *
     * @param offsetLow  low 32 bits of each line's byte offset in its file
     * @param offsetHigh bits 32-39 of the offsets, or null when every file is smaller than 4 GiB
     */
    public EventStore(int size, long[] time, byte[] kind, int[] ip, int[] a, int[] b, char[] origin, int[] offsetLow,
                      byte[] offsetHigh, String[] strings, IpTable ips, List<Origin> origins, List<SourceFile> files) {
        this.size = size;
        this.time = time;
        this.kind = kind;
        this.ip = ip;
        this.a = a;
        this.b = b;
        this.origin = origin;
        this.offsetLow = offsetLow;
        this.offsetHigh = offsetHigh;
        this.strings = strings;
        this.ips = ips;
        this.origins = List.copyOf(origins);
        this.files = List.copyOf(files);
        this.session = new int[size];
        this.sessions = new SessionGrouper(this).group(session);
    }

    public static EventStore empty() {
        return new EventStore(0, new long[0], new byte[0], new int[0], new int[0], new int[0], new char[0],
                new int[0], null, new String[0], new IpTable(), List.of(), List.of());
    }

    public int size() {
        return size;
    }

    /** Epoch milliseconds. */
    public long time(int event) {
        return time[event];
    }

    public EventKind kind(int event) {
        return EventKind.ofOrdinal(kind[event]);
    }

    public int kindOrdinal(int event) {
        return kind[event];
    }

    /** Address id in {@link #ips()}, or -1. */
    public int ip(int event) {
        return ip[event];
    }

    public String ipText(int event) {
        int id = ip[event];
        return id < 0 ? "" : ips.text(id);
    }

    /** String id of the user name of a login event, or -1. */
    public int user(int event) {
        return EventKind.ofOrdinal(kind[event]).carriesUser() ? a[event] : -1;
    }

    /** String id of the envelope sender of a (GREY)/(BLACK) event, or -1. */
    public int sender(int event) {
        return EventKind.ofOrdinal(kind[event]).isEnvelope() ? a[event] : -1;
    }

    /** String id of the envelope recipient of a (GREY)/(BLACK) event, or -1. */
    public int recipient(int event) {
        return EventKind.ofOrdinal(kind[event]).isEnvelope() ? b[event] : -1;
    }

    /** String id of a header value or body line, or -1. */
    public int text(int event) {
        return EventKind.ofOrdinal(kind[event]).carriesText() ? a[event] : -1;
    }

    /** String id of the blocklist tags of a connect or disconnect line, or -1. */
    public int lists(int event) {
        int k = kind[event];
        return k == EventKind.CONNECT.ordinal() || k == EventKind.DISCONNECT.ordinal() ? a[event] : -1;
    }

    /** Seconds of a disconnect line, or -1. */
    public int seconds(int event) {
        return kind[event] == EventKind.DISCONNECT.ordinal() ? b[event] : -1;
    }

    /** Remote port of a login event, 0 when unknown. */
    public int port(int event) {
        return EventKind.ofOrdinal(kind[event]).carriesUser() ? b[event] : 0;
    }

    /** The two counters of a connect line packed as N << 16 | M, or -1. */
    public int connections(int event) {
        return kind[event] == EventKind.CONNECT.ordinal() ? b[event] : -1;
    }

    /** Session id in {@link #sessions()}, or -1 for events outside spamd sessions. */
    public int session(int event) {
        return session[event];
    }

    public int originId(int event) {
        return origin[event];
    }

    public Origin origin(int event) {
        return origins.get(origin[event]);
    }

    public int fileIndex(int event) {
        return origins.get(origin[event]).fileIndex();
    }

    public ZoneId zone(int event) {
        return files.get(fileIndex(event)).zone();
    }

    /** Byte offset of the original line in its (decompressed) file. */
    public long offset(int event) {
        long low = offsetLow[event] & 0xFFFF_FFFFL;
        return offsetHigh == null ? low : low | ((offsetHigh[event] & 0xFFL) << 32);
    }

    public String string(int id) {
        return id < 0 ? "" : strings[id];
    }

    /**
     * Each string id's rank in case-insensitive order, strings that differ only in case sharing
     * one, so a sort by a text column reads one rank per row; worked out on first use.
     */
    public synchronized int[] stringRanks() {
        if (stringRanks == null) {
            Integer[] byText = new Integer[strings.length];
            Arrays.setAll(byText, i -> i);
            Arrays.sort(byText, (x, y) -> String.CASE_INSENSITIVE_ORDER.compare(strings[x], strings[y]));
            int[] rank = new int[strings.length];
            for (int i = 0; i < byText.length; i++) {
                boolean same = i > 0
                        && String.CASE_INSENSITIVE_ORDER.compare(strings[byText[i - 1]], strings[byText[i]]) == 0;
                rank[byText[i]] = same ? rank[byText[i - 1]] : i;
            }
            stringRanks = rank;
        }
        return stringRanks;
    }

    public int stringCount() {
        return strings.length;
    }

    public IpTable ips() {
        return ips;
    }

    public List<Origin> origins() {
        return origins;
    }

    public List<SourceFile> files() {
        return files;
    }

    public Sessions sessions() {
        return sessions;
    }

    /**
     * The first integer slot as stored, whatever the kind makes of it (see {@link EventKind}): for
     * scans that resolved the kind once per kind rather than once per event.
     */
    public int slotA(int event) {
        return a[event];
    }

    /** The second integer slot as stored; see {@link #slotA(int)}. */
    public int slotB(int event) {
        return b[event];
    }

    /** Raw access for the session grouper, which runs once while the store is built. */
    int[] slotAColumn() {
        return a;
    }

    byte[] kinds() {
        return kind;
    }

    int[] ipColumn() {
        return ip;
    }
}
