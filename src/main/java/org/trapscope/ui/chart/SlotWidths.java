package org.trapscope.ui.chart;

import java.time.Duration;

/** Slot widths in words for tooltips: "1 hour", "15 minutes". */
final class SlotWidths {
    private SlotWidths() {
    }

    static String describe(long millis) {
        Duration d = Duration.ofMillis(millis);
        if (d.toDays() > 0 && d.toHours() % 24 == 0) {
            return plural(d.toDays(), "day");
        }
        if (d.toHours() > 0 && d.toMinutes() % 60 == 0) {
            return plural(d.toHours(), "hour");
        }
        if (d.toMinutes() > 0) {
            return plural(d.toMinutes(), "minute");
        }
        return plural(d.toSeconds(), "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
