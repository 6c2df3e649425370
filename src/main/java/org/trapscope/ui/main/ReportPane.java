package org.trapscope.ui.main;

import java.util.concurrent.Executor;

import org.trapscope.ui.selection.Selection;
import org.trapscope.ui.table.ReportTableViewModel;

/**
 * A grouped view's table and whether it still shows an older selection. Only the view on screen
 * is rebuilt when the filter changes; the others catch up when they are opened.
 */
public final class ReportPane {
    private final ReportDefinition definition;
    private final ReportTableViewModel table;
    private Selection shownFor;

    ReportPane(ReportDefinition definition, ReportTableViewModel table) {
        this.definition = definition;
        this.table = table;
    }

    public String title() {
        return definition.title();
    }

    public ReportTableViewModel table() {
        return table;
    }

    /** Rebuilds the report on a worker unless it already shows this selection. */
    void refresh(Selection selection, Executor background, Executor ui) {
        if (selection == shownFor) {
            return;
        }
        shownFor = selection;
        table.expectReport();
        background.execute(() -> {
            var report = definition.build().apply(selection);
            ui.execute(() -> {
                if (shownFor == selection) {
                    table.show(report);
                }
            });
        });
    }
}
