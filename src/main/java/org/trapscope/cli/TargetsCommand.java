package org.trapscope.cli;

import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;

/** {@code targets}: Per recipient address (envelope recipients and To: headers, without angle brackets, any case): address, attempts (spamd sessions naming it), hosts, first_seen, last_seen, in_spamtraps. --in-spamtraps no --format spamdb lists new spamtraps. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "Per recipient address (envelope recipients and To: headers, without angle brackets, any case): address, attempts (spamd sessions naming it), hosts, first_seen, last_seen, in_spamtraps. --in-spamtraps no --format spamdb lists new spamtraps.")
final class TargetsCommand extends ReportCommand {
    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.targets(data.index(), selection);
    }

    @Override
    String defaultSort() {
        return "attempts:desc,address";
    }

    @Override
    boolean hasAddressColumn() {
        return true;
    }
}
