package org.trapscope.cli;

import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;

/** {@code pairs}: One row per host and user name it tried: ip, user, attempts, first_seen, last_seen, in_spamtraps, network, netname, country. */
@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = "One row per host and user name it tried: ip, user, attempts, first_seen, last_seen, in_spamtraps, network, netname, country.")
final class PairsCommand extends ReportCommand {
    @Override
    boolean showsNetworkDetails() {
        return true;
    }

    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.pairs(data.index(), selection);
    }

    @Override
    String defaultSort() {
        return "ip,user";
    }

    @Override
    boolean hasIpColumn() {
        return true;
    }
}
