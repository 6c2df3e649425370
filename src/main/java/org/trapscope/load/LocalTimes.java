package org.trapscope.load;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Converts local wall-clock times of one zone to instants, fast: log lines come in time order,
 * so the zone offset of the previous line's hour almost always applies to the next.
 *
 * <p>In the repeated hour when summer time ends, a local time stands for two instants; the
 * earlier offset is taken, as {@link ZonedDateTime#ofLocal} does. Times in the skipped hour are
 * moved forward by the length of the gap.
 */
final class LocalTimes {
    private static final long HOUR_MILLIS = 3_600_000L;

    private final ZoneId zone;
    private long cachedHour = Long.MIN_VALUE;
    private long cachedOffsetMillis;

    LocalTimes(ZoneId zone) {
        this.zone = zone;
    }

    /** @param localMillis the local date-time as milliseconds since 1970-01-01T00:00 local */
    long toEpochMillis(long localMillis) {
        long hour = Math.floorDiv(localMillis, HOUR_MILLIS);
        if (hour != cachedHour) {
            LocalDateTime local = LocalDateTime.ofEpochSecond(hour * 3600, 0, ZoneOffset.UTC);
            ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
            cachedOffsetMillis = (local.toEpochSecond(ZoneOffset.UTC) - zoned.toEpochSecond()) * 1000;
            cachedHour = hour;
        }
        return localMillis - cachedOffsetMillis;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yoe = y - era * 400;
        int mp = (month + 9) % 12;
        int doy = (153 * mp + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return (long) era * 146097 + doe - 719468;
    }
}
