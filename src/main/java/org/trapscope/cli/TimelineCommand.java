package org.trapscope.cli;

import org.trapscope.analysis.Bucket;
import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code timeline}: events per minute, hour or day, in total and per kind. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Events per time bucket, from the first to the last selected event (empty buckets "
                + "included): bucket, events, then one column per kind.")
final class TimelineCommand extends ReportCommand {
    @Option(names = "--bucket", paramLabel = "minute|hour|day", description = "Bucket width (default: hour).")
    String bucket = "hour";

    @Override
    void validate() {
        Bucket.parse(bucket);
    }

    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.timeline(data.index(), selection, Bucket.parse(bucket));
    }

    @Override
    String defaultSort() {
        return "";
    }
}
