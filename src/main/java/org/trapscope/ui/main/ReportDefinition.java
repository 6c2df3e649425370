package org.trapscope.ui.main;

import java.util.function.Function;
import org.trapscope.analysis.ResultTable;
import org.trapscope.ui.selection.Selection;

/**
 * One view of the selected events (the events themselves, hosts, user names, targets ...): its
 * tab title and the engine call that builds its report. Built on a worker thread.
 */
public record ReportDefinition(String title, Function<Selection, ResultTable> build) {
}
