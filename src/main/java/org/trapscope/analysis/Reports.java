package org.trapscope.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The reports, each a {@link ResultTable} over a selection. The command line and the workbench
 * call these, so a view and its export have the same rows and columns.
 */
public final class Reports {
    private Reports() {
    }

    /** time, log_host, program, ip, kind, user, sender, recipient, text, then the host's country, network, netname, as_org, asn. */
    public static ResultTable events(DatasetIndex index, EventSelection selection) {
        return new EventsTable(index, selection);
    }

    /** ip, events, sessions, first_seen, last_seen, country, network, as_org, trapped, netname, asn. */
    public static ResultTable hosts(DatasetIndex index, EventSelection selection) {
        return index.reportOf("hosts", selection, () -> HostsTable.build(index, selection));
    }

    /** user, attempts, hosts, first_seen, last_seen, in_spamtraps (failed logins). */
    public static ResultTable users(DatasetIndex index, EventSelection selection) {
        return index.reportOf("users", selection, () -> UsersTable.build(index, selection));
    }

    /** ip, user, attempts, first_seen, last_seen, in_spamtraps, network, netname, country, as_org, asn. */
    public static ResultTable pairs(DatasetIndex index, EventSelection selection) {
        return index.reportOf("pairs", selection, () -> PairsTable.build(index, selection));
    }

    /**
     * network (or as), hosts, events, first_seen, last_seen, country, netname, as_org, asn: the
     * selected hosts grouped by network range or autonomous system.
     */
    public static ResultTable networks(DatasetIndex index, EventSelection selection, boolean byAs) {
        NetworksTable.Grouping grouping = byAs ? NetworksTable.Grouping.AS : NetworksTable.Grouping.NETWORK;
        HostGroups groups = selection.size() == index.store().size()
                ? index.hosts().groups(byAs, index.store().ips().size()) : null;
        return index.reportOf("networks " + grouping, groups, selection,
                () -> NetworksTable.build(index, selection, grouping));
    }

    /** address, attempts, hosts, first_seen, last_seen, in_spamtraps (envelope and To: recipients). */
    public static ResultTable targets(DatasetIndex index, EventSelection selection) {
        return index.reportOf("targets", selection, () -> TargetsTable.build(index, selection));
    }

    /** subject, sessions, hosts, first_seen, last_seen. */
    public static ResultTable subjects(DatasetIndex index, EventSelection selection) {
        return index.reportOf("subjects", selection, () -> SubjectsTable.build(index, selection));
    }

    /** bucket, events, then one column per event kind (named by its label). */
    public static ResultTable timeline(DatasetIndex index, EventSelection selection, Bucket bucket) {
        return index.reportOf("timeline " + bucket, selection, () -> TimelineTable.build(index, selection, bucket));
    }

    /** time, count: the hourly trapped-host counts of the opened count files within the filter's time range. */
    public static ResultTable trapCounts(DatasetIndex index, Filter filter) {
        return TrapCountsTable.build(index.dataset().trapCounts(), index.zone(), filter.sinceMillis(),
                filter.untilMillis());
    }

    /** address, source (target or user), attempts, hosts, first_seen, last_seen: spamtrap candidates. */
    public static ResultTable harvest(DatasetIndex index, EventSelection selection, HarvestOptions options) {
        return index.reportOf("harvest", options, selection, () -> HarvestTable.build(index, selection, options));
    }

    /** measure, selected, total: events, hosts, sessions, targets, users, login_attempts (workflow W6). */
    public static ResultTable counts(DatasetIndex index, EventSelection selection) {
        return new CountsTable(index, Counts.of(index, selection), index.totals());
    }

    /**
     * The events behind these rows of an {@link #events} table, in time order (as a log extract
     * lists them), or none for other tables.
     */
    public static EventSelection eventsOfRows(ResultTable table, int[] rows) {
        if (!(table instanceof EventsTable events)) {
            return new EventSelection(new int[0]);
        }
        int[] chosen = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            chosen[i] = events.event(rows[i]);
        }
        return new EventSelection(Arrays.stream(chosen).sorted().distinct().toArray());
    }

    /** The event behind a row of an {@link #events} table, or -1 for other tables. */
    public static int eventOfRow(ResultTable table, int row) {
        return table instanceof EventsTable events ? events.event(row) : -1;
    }

}
