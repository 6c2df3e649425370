package org.trapscope.cli;

import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;

/** {@code subjects}: The campaigns at a glance: per Subject: text, the sessions that carried it, hosts, first_seen, last_seen. */
@Command(name = "subjects", mixinStandardHelpOptions = true,
        description = "The campaigns at a glance: per Subject: text, the sessions that carried it, hosts, first_seen, last_seen.")
final class SubjectsCommand extends ReportCommand {
    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.subjects(data.index(), selection);
    }

    @Override
    String defaultSort() {
        return "sessions:desc,subject";
    }
}
