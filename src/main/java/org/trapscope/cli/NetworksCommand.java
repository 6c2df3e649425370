package org.trapscope.cli;

import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code networks}: the hosts grouped by network range or autonomous system. */
@Command(name = "networks", mixinStandardHelpOptions = true,
        description = "Per network range (or per AS with --by-as): network, hosts, events, first_seen, last_seen, "
                + "country, netname, as_org, asn. Needs enrichment data (bundled, --geo, --online). "
                + "--format pf writes the networks as a pf table (one CIDR a line).")
final class NetworksCommand extends ReportCommand {
    @Option(names = "--by-as", description = "Group by autonomous system instead of network range.")
    boolean byAs;

    @Override
    boolean showsNetworkDetails() {
        return true;
    }

    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.networks(data.index(), selection, byAs);
    }

    /** A pf table of this report lists its networks. */
    @Override
    boolean hasIpColumn() {
        return true;
    }

    @Override
    void validate() {
        output.pfNetworks = true;
    }

    @Override
    String defaultSort() {
        return "hosts:desc,events:desc";
    }
}
