package org.trapscope.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups spamd's SMTP-side events into sessions: per log host and client address, from a
 * {@code connected} line to the next {@code disconnected} line. Parallel connections from one
 * address interleave in the log and cannot be told apart; they share a session here.
 */
final class SessionGrouper {
    private final EventStore store;
    private int size;
    private int[] ip;
    private int[] firstEvent;
    private int[] lastEvent;
    private byte[] flags;
    private int[] subject;
    private int[] lists;
    private int[] seconds;

    SessionGrouper(EventStore store) {
        this.store = store;
        // about one session per eight spamd lines in real logs; the arrays grow if needed
        int expected = Math.max(1024, store.size() / 8);
        ip = new int[expected];
        firstEvent = new int[expected];
        lastEvent = new int[expected];
        flags = new byte[expected];
        subject = new int[expected];
        lists = new int[expected];
        seconds = new int[expected];
    }

    Sessions group(int[] sessionOfEvent) {
        byte[] kinds = store.kinds();
        int[] ips = store.ipColumn();
        int[] slotA = store.slotA();
        int[] hostOfOrigin = hostIndexOfOrigins();
        // open session per (log host, address): one array per log host, indexed by address id
        int[][] open = new int[hostCount(hostOfOrigin)][];
        int connect = EventKind.CONNECT.ordinal();
        int disconnect = EventKind.DISCONNECT.ordinal();
        int black = EventKind.BLACK.ordinal();
        int subjectKind = EventKind.SUBJECT.ordinal();
        int lastSessionKind = EventKind.BODY.ordinal();
        for (int e = 0; e < store.size(); e++) {
            int k = kinds[e];
            int address = ips[e];
            if (k > lastSessionKind || address < 0) {
                sessionOfEvent[e] = -1;
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
            if (k == connect) {
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
            if (k == black) {
                flags[s] |= Sessions.BLACKLISTED;
            } else if (k == subjectKind && subject[s] < 0) {
                subject[s] = slotA[e];
            } else if (k == disconnect) {
                flags[s] |= Sessions.CLOSED;
                seconds[s] = store.seconds(e);
                if (lists[s] < 0 && slotA[e] >= 0) {
                    lists[s] = slotA[e];
                    flags[s] |= Sessions.BLACKLISTED;
                }
                openOfHost[address] = -1;
            }
        }
        return new Sessions(size, Arrays.copyOf(ip, size), Arrays.copyOf(firstEvent, size),
                Arrays.copyOf(lastEvent, size), Arrays.copyOf(flags, size), Arrays.copyOf(subject, size),
                Arrays.copyOf(lists, size), Arrays.copyOf(seconds, size));
    }

    private static int hostCount(int[] hostOfOrigin) {
        int max = -1;
        for (int h : hostOfOrigin) {
            max = Math.max(max, h);
        }
        return max + 1;
    }

    /** A small number per distinct log host, so sessions of two relaying hosts stay apart. */
    private int[] hostIndexOfOrigins() {
        Map<String, Integer> hosts = new HashMap<>();
        int[] index = new int[store.origins().size()];
        for (int o = 0; o < index.length; o++) {
            index[o] = hosts.computeIfAbsent(store.origins().get(o).logHost(), h -> hosts.size());
        }
        return index;
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
