package org.trapscope.cli;

import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;

/** {@code trapcounts}: the hourly trapped-host counts, within --since/--until. */
@Command(name = "trapcounts", mixinStandardHelpOptions = true,
        description = "The hourly trapped-host counts of count files (lines like `Tue Mar  2 21:10:01 CET 2021 : "
                + "2425`): time, count, in time order. Only --since and --until of the filter options apply.")
final class TrapcountsCommand extends ReportCommand {
    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.trapCounts(data.index(), filter);
    }

    @Override
    String defaultSort() {
        return "";
    }
}
