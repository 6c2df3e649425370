package org.trapscope.ui.chart;

import java.time.Duration;

/** Time-slot widths the timeline offers; AUTO picks the finest that keeps the chart readable. */
public enum BucketWidth {
    AUTO("auto", 0),
    MINUTE("per minute", Duration.ofMinutes(1).toMillis()),
    HOUR("per hour", Duration.ofHours(1).toMillis()),
    DAY("per day", Duration.ofDays(1).toMillis());

    /** The widths AUTO chooses from, finest first. */
    private static final long[] STEPS = {
        Duration.ofMinutes(1).toMillis(), Duration.ofMinutes(5).toMillis(), Duration.ofMinutes(15).toMillis(),
        Duration.ofHours(1).toMillis(), Duration.ofHours(6).toMillis(), Duration.ofDays(1).toMillis(),
        Duration.ofDays(7).toMillis(), Duration.ofDays(30).toMillis()};

    /** Slots AUTO aims at: a swell stays visible without per-slot noise drowning it. */
    private static final int AUTO_TARGET = 400;

    private final String label;
    private final long millis;

    BucketWidth(String label, long millis) {
        this.label = label;
        this.millis = millis;
    }

    /** The slot width for a span; a fixed width that would need {@code maxBuckets} or more slots falls back to AUTO. */
    public long millisFor(long span, int maxBuckets) {
        if (millis > 0 && span / millis < maxBuckets) {
            return millis;
        }
        int target = Math.min(maxBuckets, AUTO_TARGET);
        for (long step : STEPS) {
            if (span / step < target) {
                return step;
            }
        }
        return Math.max(1, span / target + 1);
    }

    @Override
    public String toString() {
        return label;
    }
}
