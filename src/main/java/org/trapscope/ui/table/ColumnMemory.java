package org.trapscope.ui.table;

import java.util.List;

/** Which columns of a table the user hid with the column chooser, kept between runs. */
public interface ColumnMemory {
    List<String> hidden();

    void setHidden(List<String> columns);
}
