package org.trapscope.analysis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as reports show and export them: {@code yyyy-MM-dd HH:mm:ss} in the source zone. */
public final class TimeText {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private TimeText() {
    }

    public static String format(long epochMillis, ZoneId zone) {
        return FORMAT.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }
}
