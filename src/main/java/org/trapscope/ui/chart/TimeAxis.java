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

    /** Fixes the axis to a span with about ten ticks; auto-ranging would pad to round numbers of milliseconds. */
    static void span(NumberAxis axis, long from, long to) {
        axis.setAutoRanging(false);
        axis.setLowerBound(from);
        axis.setUpperBound(Math.max(to, from + 1));
        axis.setTickUnit(Math.max(1, (to - from) / 10.0));
    }
}
