package org.trapscope.analysis;

import java.util.List;
import org.trapscope.load.Dataset;

/**
 * The {@code hosts} report: per address, its selected events, the spamd sessions they belong
 * to, first and last seen, what enrichment knows about it and whether a spamdb dump has it
 * TRAPPED. Counted with arrays indexed by address id.
 */
final class HostsTable extends BaseTable {
    private static final int IP = 0;
    private static final int EVENTS = 1;
    private static final int SESSIONS = 2;
    private static final int FIRST = 3;
    private static final int LAST = 4;
    private static final int COUNTRY = 5;
    private static final int NETWORK = 6;
    private static final int AS_ORG = 7;
    private static final int TRAPPED = 8;
    private static final int NETNAME = 9;
    private static final int ASN = 10;

    private final Dataset dataset;
    private final HostAttributes hosts;
    private final int[] ip;
    private final int[] events;
    private final int[] sessions;
    /** First and last selected event of each row's host: their times are read when asked for. */
    private final int[] firstEvent;
    private final int[] lastEvent;

    private HostsTable(DatasetIndex index, int[] ip, int[] events, int[] sessions, int[] firstEvent, int[] lastEvent) {
        super(List.of(ip("ip"), integer("events"), integer("sessions"), time("first_seen"), time("last_seen"),
                text("country"), text("network"), text("as_org"), bool("trapped"), text("netname"),
                integer("asn")), index.zone(),
                index.store());
        this.dataset = index.dataset();
        this.hosts = index.hosts();
        this.ip = ip;
        this.events = events;
        this.sessions = sessions;
        this.firstEvent = firstEvent;
        this.lastEvent = lastEvent;
    }

    static HostsTable build(DatasetIndex index, EventSelection selection) {
        HostActivity activity = HostActivity.of(index, selection, true);
        int[] ids = activity.hostsSeen();
        return new HostsTable(index, ids, gather(activity.events, ids), gather(activity.sessions, ids),
                gather(activity.firstEvent, ids), gather(activity.lastEvent, ids));
    }

    static int[] gather(int[] values, int[] at) {
        int[] out = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = values[at[i]];
        }
        return out;
    }

    @Override
    public int rowCount() {
        return ip.length;
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case EVENTS -> events[row];
            case SESSIONS -> sessions[row];
            case FIRST -> store().time(firstEvent[row]);
            case LAST -> store().time(lastEvent[row]);
            case TRAPPED -> bool(!dataset.spamdbDumps().isEmpty(), dataset.isTrapped(ip[row]));
            case ASN -> asn(hosts, ip[row]);
            default -> Long.MIN_VALUE;
        };
    }

    @Override
    String textCell(int row, int column) {
        return switch (column) {
            case COUNTRY -> hosts.country(ip[row]);
            case NETWORK -> hosts.network(ip[row]);
            case AS_ORG -> hosts.asOrg(ip[row]);
            case NETNAME -> hosts.netname(ip[row]);
            default -> "";
        };
    }

    @Override
    int ipId(int row, int column) {
        return column == IP ? ip[row] : -1;
    }
}
