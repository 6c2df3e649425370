package org.trapscope.ui.filter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The time fields of the filter bar: {@code 2022-11-18 14:00}, {@code 2022-11-18 14:00:30} or a
 * bare date, read in the zone the tables show. Empty means open-ended.
 */
public final class TimeText {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private TimeText() {
    }

    /** Epoch milliseconds, or {@code open} for an empty text. */
    public static long parse(String text, ZoneId zone, long open) {
        String t = text.strip();
        if (t.isEmpty()) {
            return open;
        }
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            DateTimeFormatter format = t.length() > 16 ? SECONDS : MINUTES;
            return LocalDateTime.parse(t, format).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time (use 2022-11-18 14:00): " + t);
        }
    }

    /** The text for a bound; empty for an open end. */
    public static String format(long millis, ZoneId zone) {
        if (millis == Long.MIN_VALUE || millis == Long.MAX_VALUE) {
            return "";
        }
        Instant instant = Instant.ofEpochMilli(millis);
        return (instant.getEpochSecond() % 60 == 0 ? MINUTES : SECONDS).format(instant.atZone(zone));
    }
}
