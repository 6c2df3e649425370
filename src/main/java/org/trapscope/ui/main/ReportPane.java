package org.trapscope.ui.main;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.trapscope.ui.selection.Selection;
import org.trapscope.ui.table.ReportTableViewModel;

/**
 * A view's table (the events or a grouped view) and whether it still shows an older selection.
 * Only the view on screen is rebuilt when the filter changes; the others catch up when they are
 * opened.
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
    void refresh(Selection selection, Executor background, Executor ui, Consumer<String> onFailure) {
        if (selection == shownFor) {
            return;
        }
        shownFor = selection;
        table.expectReport();
        background.execute(() -> {
            try {
                var report = definition.build().apply(selection);
                ui.execute(() -> {
                    if (shownFor == selection) {
                        table.show(report);
                    }
                });
            } catch (IllegalArgumentException e) {
                ui.execute(() -> {
                    if (shownFor == selection) {
                        table.clear();
                        onFailure.accept(definition.title() + ": " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Forgets what is shown, so the next refresh rebuilds even for the same selection (its options changed). */
    void invalidate() {
        shownFor = null;
    }
}
