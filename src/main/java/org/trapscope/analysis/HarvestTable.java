package org.trapscope.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code harvest} report (workflow W4): addresses bots try that are not spamtraps yet, ready
 * for {@code spamdb -T -a}. Candidates are targets that are not traps and user names of failed
 * logins that are not trap users, each proposed at the trap domains. Role accounts, known users
 * and user names that ever logged in successfully (so they are real) are left out.
 */
final class HarvestTable extends BaseTable {
    private final List<String> addresses;
    private final List<String> sources;
    private final long[][] numbers;

    private HarvestTable(DatasetIndex index, List<String> addresses, List<String> sources, long[][] numbers) {
        super(List.of(text("address"), text("source"), integer("attempts"), integer("hosts"), time("first_seen"),
                time("last_seen")), index.zone(), index.store());
        this.addresses = addresses;
        this.sources = sources;
        this.numbers = numbers;
    }

    static HarvestTable build(DatasetIndex index, EventSelection selection, HarvestOptions options) {
        Set<String> domains = new LinkedHashSet<>(options.domains());
        if (domains.isEmpty()) {
            for (String trap : index.dataset().spamtraps().addresses()) {
                domains.add(trap.substring(trap.lastIndexOf('@') + 1));
            }
        }
        List<String> addresses = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<long[]> numbers = new ArrayList<>();
        TargetsTable targets = TargetsTable.build(index, selection);
        for (int r = 0; r < targets.rowCount(); r++) {
            String address = index.targetName(targets.target(r));
            int at = address.lastIndexOf('@');
            if (at <= 0 || index.isTrapTarget(targets.target(r)) || excluded(address.substring(0, at), address, options)
                    || !domains.isEmpty() && !domains.contains(address.substring(at + 1))) {
                continue;
            }
            addresses.add(address);
            sources.add("target");
            numbers.add(new long[] {targets.number(r, 1), targets.number(r, 2), targets.number(r, 3),
                    targets.number(r, 4)});
        }
        UsersTable users = UsersTable.build(index, selection);
        Set<String> seen = new LinkedHashSet<>(addresses);
        for (int r = 0; r < users.rowCount(); r++) {
            String name = users.text(r, 0).toLowerCase(Locale.ROOT);
            int userString = users.userString(r);
            if (name.indexOf('@') >= 0 || name.isBlank() || name.indexOf(' ') >= 0 || index.isRealUser(userString)
                    || index.isTrapUser(userString) || excluded(name, name, options)) {
                continue;
            }
            for (String domain : domains) {
                String address = name + "@" + domain;
                if (!options.knownUsers().contains(address) && seen.add(address)) {
                    addresses.add(address);
                    sources.add("user");
                    numbers.add(new long[] {users.number(r, 1), users.number(r, 2), users.number(r, 3),
                            users.number(r, 4)});
                }
            }
        }
        return new HarvestTable(index, addresses, sources, numbers.toArray(new long[0][]));
    }

    private static boolean excluded(String localPart, String whole, HarvestOptions options) {
        return options.roleAccounts().contains(localPart) || options.knownUsers().contains(localPart)
                || options.knownUsers().contains(whole);
    }

    @Override
    public int rowCount() {
        return addresses.size();
    }

    @Override
    public long number(int row, int column) {
        return column >= 2 ? numbers[row][column - 2] : Long.MIN_VALUE;
    }

    @Override
    String textCell(int row, int column) {
        return column == 0 ? addresses.get(row) : sources.get(row);
    }

    @Override
    int ipId(int row, int column) {
        return -1;
    }
}
