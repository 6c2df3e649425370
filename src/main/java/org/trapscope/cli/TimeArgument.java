package org.trapscope.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * {@code --since} and {@code --until} values: an ISO date ({@code 2022-11-20}) or date-time
 * ({@code 2022-11-20T14:00}, {@code 2022-11-20 14:00:05}, optionally with an offset), local ones
 * in the source zone. Both bounds are inclusive: {@code --until 2022-11-20} takes the whole day,
 * {@code --until 14:00:05} that whole second.
 */
final class TimeArgument {
    private TimeArgument() {
    }

    static long since(String text, ZoneId zone) {
        return parse(text, zone, false);
    }

    /** The first instant after the bound, since the filter's upper bound is exclusive. */
    static long until(String text, ZoneId zone) {
        return parse(text, zone, true);
    }

    /** A minute for {@code HH:mm}, a second for {@code HH:mm:ss}: how much "until" this time covers. */
    private static long precisionMillis(String time) {
        int colons = 0;
        for (int i = 0; i < time.length(); i++) {
            char c = time.charAt(i);
            if (c == '+' || c == '-' || c == 'Z') {
                break;
            }
            if (c == ':') {
                colons++;
            }
        }
        return colons >= 2 ? 1000 : 60_000;
    }

    private static long parse(String text, ZoneId zone, boolean end) {
        String t = text.strip().replace(' ', 'T');
        try {
            if (t.length() == 10) {
                LocalDate date = LocalDate.parse(t);
                return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant().toEpochMilli();
            }
            long start;
            try {
                OffsetDateTime odt = OffsetDateTime.parse(t);
                start = odt.toInstant().toEpochMilli();
            } catch (DateTimeParseException noOffset) {
                start = LocalDateTime.parse(t).atZone(zone).toInstant().toEpochMilli();
            }
            return end ? start + precisionMillis(t.substring(t.indexOf('T') + 1)) : start;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO date or date-time (e.g. 2022-11-20 "
                    + "or 2022-11-20T14:00)");
        }
    }
}
