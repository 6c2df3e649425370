package org.trapscope.analysis;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The width of a timeline bucket; buckets start on whole minutes, hours or days of the source zone. */
public enum Bucket {
    MINUTE(ChronoUnit.MINUTES),
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Bucket(ChronoUnit unit) {
        this.unit = unit;
    }

    public ChronoUnit unit() {
        return unit;
    }

    public static Bucket parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bucket must be minute, hour or day, not '" + text + "'");
        }
    }
}
