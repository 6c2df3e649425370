package org.trapscope.ui.main;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the workbench's headless tests look up in the window, and how they wait for it. */
final class EventsTableLookups {
    private EventsTableLookups() {
    }

    @SuppressWarnings("unchecked")
    static TableView<Integer> eventsTable(FxRobot robot) {
        return robot.lookup("#eventsTable").queryAs(TableView.class);
    }

    /** The visible cell of the events table in display row {@code row} and the column named {@code column}. */
    static TableCell<?, ?> cell(FxRobot robot, int row, String column) {
        return robot.from(robot.lookup("#eventsTable")).lookup((Node n) -> n instanceof TableCell<?, ?> c
                && c.isVisible() && c.getTableRow() != null && c.getTableRow().isVisible()
                && c.getIndex() == row && c.getTableColumn().getText().equals(column)).query();
    }

    /** Waits up to 30 s for the condition, then for the FX events it caused. */
    static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
