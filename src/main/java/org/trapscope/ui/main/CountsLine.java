package org.trapscope.ui.main;

import org.trapscope.analysis.Counts;

/** The status-bar figures of the filtered view next to the totals, as the pipelines counted them (W6). */
final class CountsLine {
    private CountsLine() {
    }

    static String of(Counts selected, Counts total, int trappedInSpamdb) {
        StringBuilder sb = new StringBuilder();
        if (selected.events() == total.events()) {
            sb.append(String.format("%,d events · %,d hosts · %,d targets · %,d user names",
                    total.events(), total.hosts(), total.targets(), total.users()));
        } else {
            sb.append(String.format("%,d of %,d events · %,d of %,d hosts · %,d of %,d targets · %,d of %,d user names",
                    selected.events(), total.events(), selected.hosts(), total.hosts(), selected.targets(),
                    total.targets(), selected.users(), total.users()));
        }
        if (selected.sessions() > 0) {
            sb.append(String.format(" · %,d delivery attempts", selected.sessions()));
        }
        if (selected.loginAttempts() > 0) {
            sb.append(String.format(" · %,d failed logins", selected.loginAttempts()));
        }
        if (trappedInSpamdb > 0) {
            sb.append(String.format(" · %,d TRAPPED", trappedInSpamdb));
        }
        return sb.toString();
    }
}
