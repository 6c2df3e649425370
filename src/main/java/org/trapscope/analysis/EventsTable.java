package org.trapscope.analysis;

import java.util.List;
import java.util.function.IntFunction;
import org.trapscope.store.EventKind;
import org.trapscope.store.EventStore;

/** The {@code events} report: one row per selected event, read straight from the store's columns. */
final class EventsTable extends BaseTable {
    private static final int TIME = 0;
    private static final int LOG_HOST = 1;
    private static final int PROGRAM = 2;
    private static final int IP = 3;
    private static final int KIND = 4;
    private static final int USER = 5;
    private static final int SENDER = 6;
    private static final int RECIPIENT = 7;
    private static final int TEXT = 8;
    private static final int COUNTRY = 9;
    private static final int NETWORK = 10;
    private static final int NETNAME = 11;
    private static final int AS_ORG = 12;
    private static final int ASN = 13;

    private final EventStore store;
    private final HostAttributes hosts;
    private final EventSelection events;

    EventsTable(DatasetIndex index, EventSelection selection) {
        super(List.of(time("time"), text("log_host"), text("program"), ip("ip"), text("kind"), text("user"),
                text("sender"), text("recipient"), text("text"), text("country"), text("network"), text("netname"),
                text("as_org"), integer("asn")), index.zone(), index.store());
        this.store = index.store();
        this.hosts = index.hosts();
        this.events = selection;
    }

    @Override
    public int rowCount() {
        return events.size();
    }

    /** The event shown in a row, for the workbench's "show raw line". */
    int event(int row) {
        return events.event(row);
    }

    @Override
    public long number(int row, int column) {
        int e = events.event(row);
        if (column == TIME) {
            return store.kindOrdinal(e) == EventKind.UNPARSED.ordinal() ? Long.MIN_VALUE : store.time(e);
        }
        return column == ASN ? asn(hosts, store.ip(e)) : Long.MIN_VALUE;
    }

    @Override
    String textCell(int row, int column) {
        int e = events.event(row);
        return switch (column) {
            case LOG_HOST -> store.origin(e).logHost();
            case PROGRAM -> store.origin(e).program();
            case KIND -> store.kind(e).label();
            case USER, SENDER, RECIPIENT, TEXT -> store.string(stringId(row, column));
            case COUNTRY -> host(e, hosts::country);
            case NETWORK -> host(e, hosts::network);
            case NETNAME -> host(e, hosts::netname);
            case AS_ORG -> host(e, hosts::asOrg);
            default -> "";
        };
    }

    @Override
    boolean holdsStrings(int column) {
        return column == USER || column == SENDER || column == RECIPIENT || column == TEXT;
    }

    @Override
    int stringId(int row, int column) {
        int e = events.event(row);
        return switch (column) {
            case USER -> store.user(e);
            case SENDER -> store.sender(e);
            case RECIPIENT -> store.recipient(e);
            case TEXT -> store.text(e);
            default -> super.stringId(row, column);
        };
    }

    private String host(int event, IntFunction<String> attribute) {
        int ip = store.ip(event);
        return ip < 0 ? "" : attribute.apply(ip);
    }

    @Override
    int ipId(int row, int column) {
        return column == IP ? store.ip(events.event(row)) : -1;
    }
}
