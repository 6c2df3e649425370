package org.trapscope.cli;

import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;

/** {@code hosts}: Per host: ip, events, sessions, first_seen, last_seen, country, network, as_org, trapped (TRAPPED in a spamdb dump given with --traps). --format pf writes a pf table of the hosts. */
@Command(name = "hosts", mixinStandardHelpOptions = true,
        description = "Per host: ip, events, sessions, first_seen, last_seen, country, network, as_org, trapped (TRAPPED in a spamdb dump given with --traps). --format pf writes a pf table of the hosts.")
final class HostsCommand extends ReportCommand {
    @Override
    boolean showsNetworkDetails() {
        return true;
    }

    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.hosts(data.index(), selection);
    }

    @Override
    String defaultSort() {
        return "events:desc,ip";
    }

    @Override
    boolean hasIpColumn() {
        return true;
    }
}
