package org.trapscope.ui.main;

import org.trapscope.ui.selection.EventSelection;

/** The status-bar figures for a selection next to the totals, as the pipelines counted them. */
final class CountsLine {
    private CountsLine() {
    }

    static String of(EventSelection selection) {
        int total = selection.dataset().events().size();
        StringBuilder sb = new StringBuilder();
        if (selection.size() == total) {
            sb.append(String.format("%,d events", total));
        } else {
            sb.append(String.format("%,d of %,d events", selection.size(), total));
        }
        sb.append(String.format(" · %,d hosts · %,d targets · %,d user names", selection.hosts(), selection.targets(),
                selection.users()));
        if (selection.dataset().trappedCount() > 0) {
            sb.append(String.format(" · %,d TRAPPED in spamdb", selection.dataset().trappedCount()));
        }
        return sb.toString();
    }
}
