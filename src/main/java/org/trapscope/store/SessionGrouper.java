package org.trapscope.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Groups spamd's SMTP-side events into sessions: per log host and client address, from a
 * {@code connected} line to the next {@code disconnected} line. Parallel connections from one
 * address interleave in the log and cannot be told apart; they share a session here.
 *
 * <p>Sessions of different addresses are independent, so the addresses are split into parts
 * grouped in parallel; each part numbers its sessions from a base that follows the part before.
 */
final class SessionGrouper {
    private static final int CONNECT = EventKind.CONNECT.ordinal();
    private static final int DISCONNECT = EventKind.DISCONNECT.ordinal();
    private static final int BLACK = EventKind.BLACK.ordinal();
    private static final int SUBJECT = EventKind.SUBJECT.ordinal();
    private static final int LAST_SESSION_KIND = EventKind.BODY.ordinal();

    private final EventStore store;
    private final int[] hostOfOrigin;
    private final int hostCount;

    SessionGrouper(EventStore store) {
        this.store = store;
        this.hostOfOrigin = hostIndexOfOrigins(store);
        int max = -1;
        for (int h : hostOfOrigin) {
            max = Math.max(max, h);
        }
        this.hostCount = max + 1;
    }

    Sessions group(int[] sessionOfEvent) {
        int parts = store.size() < 100_000 ? 1 : Math.min(4, Runtime.getRuntime().availableProcessors());
        Part[] grouped = IntStream.range(0, parts).parallel()
                .mapToObj(p -> new Part(p, parts).group(sessionOfEvent))
                .toArray(Part[]::new);
        int[] base = new int[parts];
        int total = 0;
        for (int p = 0; p < parts; p++) {
            base[p] = total;
            total += grouped[p].size;
        }
        if (parts > 1) {
            int[] ips = store.ipColumn();
            IntStream.range(0, parts).parallel().forEach(p -> {
                int from = (int) ((long) store.size() * p / parts);
                int to = (int) ((long) store.size() * (p + 1) / parts);
                for (int e = from; e < to; e++) {
                    if (sessionOfEvent[e] >= 0) {
                        sessionOfEvent[e] += base[ips[e] % parts];
                    }
                }
            });
        }
        int[] ip = new int[total];
        int[] firstEvent = new int[total];
        int[] lastEvent = new int[total];
        byte[] flags = new byte[total];
        int[] subject = new int[total];
        int[] lists = new int[total];
        int[] seconds = new int[total];
        for (int p = 0; p < parts; p++) {
            Part g = grouped[p];
            System.arraycopy(g.ip, 0, ip, base[p], g.size);
            System.arraycopy(g.firstEvent, 0, firstEvent, base[p], g.size);
            System.arraycopy(g.lastEvent, 0, lastEvent, base[p], g.size);
            System.arraycopy(g.flags, 0, flags, base[p], g.size);
            System.arraycopy(g.subject, 0, subject, base[p], g.size);
            System.arraycopy(g.lists, 0, lists, base[p], g.size);
            System.arraycopy(g.seconds, 0, seconds, base[p], g.size);
        }
        return new Sessions(total, ip, firstEvent, lastEvent, flags, subject, lists, seconds);
    }

    /** The sessions of the addresses whose id modulo {@code parts} is {@code part}. */
    private final class Part {
        private final int part;
        private final int parts;
        private int size;
        private int[] ip;
        private int[] firstEvent;
        private int[] lastEvent;
        private byte[] flags;
        private int[] subject;
        private int[] lists;
        private int[] seconds;

        Part(int part, int parts) {
            this.part = part;
            this.parts = parts;
            // about one session per eight spamd lines in real logs; the arrays grow if needed
            int expected = Math.max(1024, store.size() / 8 / parts);
            ip = new int[expected];
            firstEvent = new int[expected];
            lastEvent = new int[expected];
            flags = new byte[expected];
            subject = new int[expected];
            lists = new int[expected];
            seconds = new int[expected];
        }

        Part group(int[] sessionOfEvent) {
            byte[] kinds = store.kinds();
            int[] ips = store.ipColumn();
            int[] slotA = store.slotAColumn();
            // open session per (log host, address): one array per log host, indexed by address id
            int[][] open = new int[hostCount][];
            for (int e = 0; e < store.size(); e++) {
                int k = kinds[e];
                int address = ips[e];
                if (k > LAST_SESSION_KIND || address < 0) {
                    if (part == 0) {
                        sessionOfEvent[e] = -1;
                    }
                    continue;
                }
                if (address % parts != part) {
                    continue;
                }
                int host = hostOfOrigin[store.originId(e)];
                int[] openOfHost = open[host];
                if (openOfHost == null) {
                    openOfHost = new int[store.ips().size()];
                    Arrays.fill(openOfHost, -1);
                    open[host] = openOfHost;
                }
                int s = openOfHost[address];
                if (k == CONNECT) {
                    s = newSession(address, e, 0);
                    lists[s] = slotA[e];
                    if (slotA[e] >= 0) {
                        flags[s] |= Sessions.BLACKLISTED;
                    }
                    openOfHost[address] = s;
                } else if (s < 0) {
                    s = newSession(address, e, Sessions.IMPLICIT);
                    openOfHost[address] = s;
                }
                sessionOfEvent[e] = s;
                lastEvent[s] = e;
                if (k == BLACK) {
                    flags[s] |= Sessions.BLACKLISTED;
                } else if (k == SUBJECT && subject[s] < 0) {
                    subject[s] = slotA[e];
                } else if (k == DISCONNECT) {
                    flags[s] |= Sessions.CLOSED;
                    seconds[s] = store.seconds(e);
                    if (lists[s] < 0 && slotA[e] >= 0) {
                        lists[s] = slotA[e];
                        flags[s] |= Sessions.BLACKLISTED;
                    }
                    openOfHost[address] = -1;
                }
            }
            return this;
        }

        private int newSession(int address, int event, int flag) {
            if (size == ip.length) {
                int n = size * 2;
                ip = Arrays.copyOf(ip, n);
                firstEvent = Arrays.copyOf(firstEvent, n);
                lastEvent = Arrays.copyOf(lastEvent, n);
                flags = Arrays.copyOf(flags, n);
                subject = Arrays.copyOf(subject, n);
                lists = Arrays.copyOf(lists, n);
                seconds = Arrays.copyOf(seconds, n);
            }
            int s = size++;
            ip[s] = address;
            firstEvent[s] = event;
            lastEvent[s] = event;
            flags[s] = (byte) flag;
            subject[s] = -1;
            lists[s] = -1;
            seconds[s] = -1;
            return s;
        }
    }

    /** A small number per distinct log host, so sessions of two relaying hosts stay apart. */
    private static int[] hostIndexOfOrigins(EventStore store) {
        Map<String, Integer> hosts = new HashMap<>();
        int[] index = new int[store.origins().size()];
        for (int o = 0; o < index.length; o++) {
            index[o] = hosts.computeIfAbsent(store.origins().get(o).logHost(), h -> hosts.size());
        }
        return index;
    }
}
