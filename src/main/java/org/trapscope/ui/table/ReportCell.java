package org.trapscope.ui.table;

import java.util.function.IntFunction;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableCell;

/** A text cell of a report; numbers are right-aligned, a right-click offers actions on its value. */
final class ReportCell extends TableCell<Integer, String> {
    ReportCell(boolean number, IntFunction<ContextMenu> menuForRow) {
        if (number) {
            getStyleClass().add("ts-number");
        }
        setOnContextMenuRequested(event -> {
            if (isEmpty() || getTableRow() == null || getTableRow().getItem() == null) {
                return;
            }
            menuForRow.apply(getTableRow().getItem()).show(this, event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }
}
