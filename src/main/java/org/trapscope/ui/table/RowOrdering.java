package org.trapscope.ui.table;

import java.util.List;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.SortKey;

/** Computes the order in which a report's rows are shown: the permutation for a multi-key sort. */
@FunctionalInterface
public interface RowOrdering {
    /** Row indices of {@code table} in display order; identity order for no keys. */
    int[] order(ResultTable table, List<SortKey> keys);
}
