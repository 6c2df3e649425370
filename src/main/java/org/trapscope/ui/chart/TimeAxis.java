package org.trapscope.ui.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A number axis of epoch milliseconds labelled as local dates and times. */
final class TimeAxis {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);

    private TimeAxis() {
    }

    static NumberAxis create(ZoneId zone) {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(false);
        axis.setAnimated(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number millis) {
                return LABEL.format(Instant.ofEpochMilli(millis.longValue()).atZone(zone));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not edited");
            }
        });
        return axis;
    }

    /** Tick spacings that read as times of day: minutes, hours, days. */
    private static final long[] STEPS = {
        60_000L, 300_000L, 900_000L, 1_800_000L, 3_600_000L, 3 * 3_600_000L, 6 * 3_600_000L, 12 * 3_600_000L,
        86_400_000L, 7 * 86_400_000L, 30 * 86_400_000L};
    private static final int MAX_TICKS = 14;

    /**
     * Fixes the axis to a span with ticks on whole local hours or days; auto-ranging would put them
     * on round numbers of milliseconds.
     */
    static void span(NumberAxis axis, long from, long to, ZoneId zone) {
        long span = Math.max(1, to - from);
        long step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if (span / s <= MAX_TICKS) {
                step = s;
                break;
            }
        }
        long offset = zone.getRules().getOffset(Instant.ofEpochMilli(from)).getTotalSeconds() * 1000L;
        long lower = Math.floorDiv(from + offset, step) * step - offset;
        axis.setAutoRanging(false);
        axis.setLowerBound(lower);
        axis.setUpperBound(Math.max(to, lower + 1));
        axis.setTickUnit(step);
    }
}
