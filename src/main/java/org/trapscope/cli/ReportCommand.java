package org.trapscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.TableSorter;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every report command does: check the options, load the files, select the events,
 * build the report and write it. Subclasses say which report and its natural order.
 */
abstract class ReportCommand implements Callable<Integer> {
    @Mixin
    LoadArguments load = new LoadArguments();

    @Mixin
    FilterArguments filter = new FilterArguments();

    @Mixin
    OutputArguments output = new OutputArguments();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The report of the selected events. */
    abstract ResultTable build(LoadedData data, Filter filter, EventSelection selection);

    /** The order used without --sort, in --sort syntax; empty for the table's own order. */
    abstract String defaultSort();

    boolean hasIpColumn() {
        return false;
    }

    /** Whether the report shows network details that --online can fill in. */
    boolean showsNetworkDetails() {
        return false;
    }

    boolean hasAddressColumn() {
        return false;
    }

    /** Checks options of the subclass; throws IllegalArgumentException for bad usage. */
    void validate() {
    }

    /** Writes something other than the table (e.g. raw lines), returning true when it did. */
    boolean writeInstead(LoadedData data, EventSelection selection) throws IOException {
        return false;
    }

    @Override
    public final Integer call() throws IOException {
        Filter f;
        try {
            ReportWriter.validate(output, hasIpColumn(), hasAddressColumn());
            validate();
            f = filter.toFilter(load.zone());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (LoadedData data = LoadedData.load(load, err)) {
            if (data == null) {
                return FailureHandler.NOTHING_READ;
            }
            EventSelection selection = data.engine().select(f);
            if (showsNetworkDetails()) {
                data.lookUpOnline(selection, err);
            }
            if (writeInstead(data, selection)) {
                return 0;
            }
            ReportWriter writer = new ReportWriter(output, spec.commandLine().getOut(), err);
            try {
                ResultTable table = build(data, f, selection);
                writer.write(table, spec.name(), TableSorter.parse(table, defaultSort()));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return 0;
    }
}
