package org.trapscope.ui.table;

import org.trapscope.analysis.Column;
import org.trapscope.analysis.ColumnType;

/** Starting widths by what a column holds, so the first view needs no manual resizing. */
final class ColumnWidths {
    private ColumnWidths() {
    }

    static double preferred(Column column) {
        if (column.type() != ColumnType.TEXT) {
            return byType(column);
        }
        switch (column.name()) {
            case "log_host":
            case "program":
            case "kind":
            case "source":
                return 110;
            case "country":
                return 95;
            case "network":
                return 250;
            case "text":
            case "subject":
                return 460;
            default:
                return byType(column);
        }
    }

    private static double byType(Column column) {
        switch (column.type()) {
            case INTEGER:
            case BOOLEAN:
                return Math.max(90, column.name().length() * 9 + 30);
            case TIME:
                return 175;
            case IP:
                return 140;
            default:
                return 200;
        }
    }
}
