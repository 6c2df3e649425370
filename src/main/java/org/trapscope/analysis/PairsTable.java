package org.trapscope.analysis;

import java.util.List;

/**
 * The {@code pairs} report: one row per host and user name it tried in a failed login, with
 * the attempts, first and last seen, spamtrap membership of the name and the host's network,
 * network name and country — the CSV of the POP3 article.
 */
final class PairsTable extends BaseTable {
    private static final int IP = 0;
    private static final int USER = 1;
    private static final int ATTEMPTS = 2;
    private static final int FIRST = 3;
    private static final int LAST = 4;
    private static final int IN_SPAMTRAPS = 5;
    private static final int NETWORK = 6;
    private static final int NETNAME = 7;
    private static final int COUNTRY = 8;
    private static final int AS_ORG = 9;
    private static final int ASN = 10;

    private final DatasetIndex index;
    private final GroupStats rows;

    PairsTable(DatasetIndex index, GroupStats rows) {
        super(List.of(ip("ip"), text("user"), integer("attempts"), time("first_seen"), time("last_seen"),
                bool("in_spamtraps"), text("network"), text("netname"), text("country"), text("as_org"),
                integer("asn")), index.zone(),
                index.store());
        this.index = index;
        this.rows = rows;
    }

    static PairsTable build(DatasetIndex index, EventSelection selection) {
        return new PairsTable(index, index.loginEvents().countByHost(selection));
    }

    /** By ip, then user: the usual order of the pairs (and the command line's default sort). */
    @Override
    int[] knownOrder(List<SortKey> keys) {
        if (keys.equals(List.of(new SortKey(IP, false), new SortKey(USER, false)))) {
            return index.loginEvents().rowsByAddressAndKey(rows);
        }
        return null;
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public long number(int row, int column) {
        return switch (column) {
            case ATTEMPTS -> rows.count(row);
            case FIRST -> rows.first(row);
            case LAST -> rows.last(row);
            case IN_SPAMTRAPS -> bool(index.dataset().hasSpamtraps(), index.isTrapUser(rows.key2(row)));
            case ASN -> asn(index.hosts(), rows.key(row));
            default -> Long.MIN_VALUE;
        };
    }

    @Override
    String textCell(int row, int column) {
        int ip = rows.key(row);
        return switch (column) {
            case USER -> index.store().string(rows.key2(row));
            case NETWORK -> index.hosts().network(ip);
            case NETNAME -> index.hosts().netname(ip);
            case COUNTRY -> index.hosts().country(ip);
            case AS_ORG -> index.hosts().asOrg(ip);
            default -> "";
        };
    }

    @Override
    boolean holdsStrings(int column) {
        return column == USER;
    }

    @Override
    int stringId(int row, int column) {
        return column == USER ? rows.key2(row) : super.stringId(row, column);
    }

    @Override
    int ipId(int row, int column) {
        return column == IP ? rows.key(row) : -1;
    }
}
