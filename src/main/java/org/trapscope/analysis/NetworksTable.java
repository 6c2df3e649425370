package org.trapscope.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code networks} report: the selected hosts grouped by the network range enrichment
 * puts them in, or by their autonomous system: how many hosts and events, first and last seen,
 * and the network's country, name and AS. The analyst's "block the whole network" view (W5).
 * Hosts enrichment knows nothing about form one group with an empty network.
 */
final class NetworksTable extends BaseTable {
    /** What hosts are grouped by. */
    enum Grouping {
        NETWORK, AS
    }

    private static final int NETWORK = 0;
    private static final int HOSTS = 1;
    private static final int EVENTS = 2;
    private static final int FIRST = 3;
    private static final int LAST = 4;
    private static final int COUNTRY = 5;
    private static final int NETNAME = 6;
    private static final int AS_ORG = 7;
    private static final int ASN = 8;

    private final HostAttributes hosts;
    private final List<String> keys;
    private final int[] sampleIp;
    private final int[] hostCount;
    private final int[] eventCount;
    private final long[] first;
    private final long[] last;

    private NetworksTable(DatasetIndex index, String keyColumn, List<String> keys, int[] sampleIp, int[] hostCount,
                          int[] eventCount, long[] first, long[] last) {
        super(List.of(text(keyColumn), integer("hosts"), integer("events"), time("first_seen"), time("last_seen"),
                text("country"), text("netname"), text("as_org"), integer("asn")), index.zone(),
                index.store());
        this.hosts = index.hosts();
        this.keys = keys;
        this.sampleIp = sampleIp;
        this.hostCount = hostCount;
        this.eventCount = eventCount;
        this.first = first;
        this.last = last;
    }

    static NetworksTable build(DatasetIndex index, EventSelection selection, Grouping grouping) {
        int n = index.store().ips().size();
        HostActivity activity = HostActivity.of(index, selection, false);
        int[] events = activity.events;
        int[] firstOfIp = activity.firstEvent;
        int[] lastOfIp = activity.lastEvent;
        int[] seen = activity.hostsSeen();
        HostGroups groups = groupsOfSeen(index.hosts(), seen, n, grouping == Grouping.AS);
        int[] rowOfGroup = new int[groups.keys().size()];
        Arrays.fill(rowOfGroup, -1);
        List<String> keys = new ArrayList<>();
        int[] sample = new int[rowOfGroup.length];
        int[] hostCount = new int[rowOfGroup.length];
        int[] eventCount = new int[rowOfGroup.length];
        // first and last as event numbers, whose order is their times' order, then as times
        int[] firstEvent = new int[rowOfGroup.length];
        int[] lastEvent = new int[rowOfGroup.length];
        for (int i = 0; i < seen.length; i++) {
            int ip = seen[i];
            int group = groups.groupOf()[i];
            int g = rowOfGroup[group];
            if (g < 0) {
                g = keys.size();
                rowOfGroup[group] = g;
                keys.add(groups.keys().get(group));
                sample[g] = ip;
                firstEvent[g] = firstOfIp[ip];
                lastEvent[g] = lastOfIp[ip];
            }
            hostCount[g]++;
            eventCount[g] += events[ip];
            firstEvent[g] = Math.min(firstEvent[g], firstOfIp[ip]);
            lastEvent[g] = Math.max(lastEvent[g], lastOfIp[ip]);
        }
        long[] first = new long[keys.size()];
        long[] last = new long[keys.size()];
        for (int g = 0; g < first.length; g++) {
            first[g] = index.store().time(firstEvent[g]);
            last[g] = index.store().time(lastEvent[g]);
        }
        return new NetworksTable(index, grouping == Grouping.NETWORK ? "network" : "as", keys, sample, hostCount,
                eventCount, first, last);
    }

    /**
     * The groups of the hosts seen, {@code groupOf} indexed like {@code seen}. Few hosts are
     * grouped on their own; many read the grouping of every host, which the host data keeps.
     */
    private static HostGroups groupsOfSeen(HostAttributes hosts, int[] seen, int ipCount, boolean byAs) {
        if ((long) seen.length * 8 < ipCount) {
            return HostGroups.of(seen.length, i -> HostGroups.keyOf(hosts, seen[i], byAs));
        }
        HostGroups all = hosts.groups(byAs, ipCount);
        int[] groupOf = new int[seen.length];
        for (int i = 0; i < seen.length; i++) {
            groupOf[i] = all.groupOf()[seen[i]];
        }
        return new HostGroups(groupOf, all.keys());
    }

    @Override
    public int rowCount() {
        return keys.size();
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case HOSTS -> hostCount[row];
            case EVENTS -> eventCount[row];
            case FIRST -> first[row];
            case LAST -> last[row];
            case ASN -> asn(hosts, sampleIp[row]);
            default -> Long.MIN_VALUE;
        };
    }

    @Override
    String textCell(int row, int column) {
        int ip = sampleIp[row];
        return switch (column) {
            case NETWORK -> keys.get(row);
            case COUNTRY -> hosts.country(ip);
            case NETNAME -> hosts.netname(ip);
            case AS_ORG -> hosts.asOrg(ip);
            default -> "";
        };
    }

    @Override
    int ipId(int row, int column) {
        return -1;
    }
}
