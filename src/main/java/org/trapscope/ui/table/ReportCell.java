package org.trapscope.ui.table;

import java.util.function.IntFunction;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** A text cell of a report; numbers are right-aligned, a right-click offers actions on its value. */
final class ReportCell extends TableCell<Integer, String> {
    private final IntFunction<ContextMenu> menuForRow;
    private ContextMenu shown;

    ReportCell(boolean number, IntFunction<ContextMenu> menuForRow) {
        this.menuForRow = menuForRow;
        if (number) {
            getStyleClass().add("ts-number");
        }
        // the mouse opens the menu on a secondary click (the same on every platform and under test
        // robots); the context-menu event is only used for the keyboard's menu key
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.SECONDARY) {
                showMenu(event.getScreenX(), event.getScreenY());
                event.consume();
            }
        });
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (event.isKeyboardTrigger()) {
                showMenu(event.getScreenX(), event.getScreenY());
            }
            event.consume();
        });
    }

    private void showMenu(double screenX, double screenY) {
        if (isEmpty() || getTableRow() == null || getTableRow().getItem() == null) {
            return;
        }
        if (shown != null) {
            shown.hide();
        }
        shown = menuForRow.apply(getTableRow().getItem());
        shown.show(this, screenX, screenY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }
}
