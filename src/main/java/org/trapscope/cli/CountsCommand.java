package org.trapscope.cli;

import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;

/** {@code counts}: how big the selection is next to the totals (workflow W6). */
@Command(name = "counts", mixinStandardHelpOptions = true,
        description = "How big the selection is, next to the totals: events, hosts, sessions (delivery attempts), "
                + "targets, users and login_attempts.")
final class CountsCommand extends ReportCommand {
    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.counts(data.index(), selection);
    }

    @Override
    String defaultSort() {
        return "";
    }
}
