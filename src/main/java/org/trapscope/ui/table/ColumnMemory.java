package org.trapscope.ui.table;

/** Where a table's column layout is kept between runs. */
public interface ColumnMemory {
    /** The layout saved last, or {@link ColumnLayout#DEFAULT}. */
    ColumnLayout layout();

    /** Saves the layout; {@link ColumnLayout#DEFAULT} forgets it. */
    void remember(ColumnLayout layout);
}
