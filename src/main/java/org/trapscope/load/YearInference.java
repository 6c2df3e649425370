package org.trapscope.load;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.trapscope.syslog.BsdStamp;
import org.trapscope.syslog.TimeKind;

/**
 * Gives year-less BSD stamps their year and turns every local time of one file into an instant.
 *
 * <p>A file is read forward; the year goes up when the month falls back by half a year or more
 * (December to January). A line whose month jumps forward by half a year or more is a late line
 * from the previous year (one process wrote it just before New Year) and does not move the year.
 * The last line's year comes from the file's modification time (syslogd wrote it last), unless
 * that would put it more than a day after the modification time, in which case it is the year
 * before; the user's {@code --year} overrides this and names the first line's year.
 */
final class YearInference {
    private static final int HALF_YEAR = 6;
    private static final long DAY_MILLIS = 86_400_000L;
    private static final byte YEARLESS = (byte) TimeKind.YEARLESS.ordinal();
    private static final byte LOCAL = (byte) TimeKind.LOCAL.ordinal();
    private static final byte NONE = (byte) TimeKind.NONE.ordinal();

    private YearInference() {
    }

    /** Resolves the times of a file's chunks in place; afterwards every time is epoch millis. */
    static void resolve(List<ChunkEvents> chunks, ZoneId zone, long modifiedMillis, OptionalInt firstYear) {
        int year = firstYear.isPresent() ? firstYear.getAsInt() : firstYearFromModification(chunks, zone,
                modifiedMillis);
        // the year and month at the start of each piece follow from the months alone (a cheap
        // sequential scan); with them, the pieces are converted in parallel
        int[] startYear = new int[chunks.size()];
        int[] startMonth = new int[chunks.size()];
        int previousMonth = -1;
        boolean withoutTime = false;
        for (int ci = 0; ci < chunks.size(); ci++) {
            startYear[ci] = year;
            startMonth[ci] = previousMonth;
            ChunkEvents c = chunks.get(ci);
            for (int i = 0; i < c.size; i++) {
                byte tk = c.timeKind[i];
                if (tk == YEARLESS) {
                    int month = BsdStamp.month(c.time[i]);
                    if (previousMonth > 0 && previousMonth - month >= HALF_YEAR) {
                        year++;
                        previousMonth = month;
                    } else if (previousMonth <= 0 || month - previousMonth < HALF_YEAR) {
                        previousMonth = month;
                    }
                } else if (tk == NONE) {
                    withoutTime = true;
                }
            }
        }
        IntStream.range(0, chunks.size()).parallel().forEach(ci ->
                convert(chunks.get(ci), zone, startYear[ci], startMonth[ci]));
        if (withoutTime) {
            fillLinesWithoutTime(chunks);
        }
    }

    private static void convert(ChunkEvents c, ZoneId zone, int startYear, int startMonth) {
        LocalTimes local = new LocalTimes(zone);
        int year = startYear;
        int previousMonth = startMonth;
        for (int i = 0; i < c.size; i++) {
            byte tk = c.timeKind[i];
            if (tk == YEARLESS) {
                long packed = c.time[i];
                int month = BsdStamp.month(packed);
                int lineYear = year;
                if (previousMonth > 0 && previousMonth - month >= HALF_YEAR) {
                    year++;
                    lineYear = year;
                    previousMonth = month;
                } else if (previousMonth > 0 && month - previousMonth >= HALF_YEAR) {
                    lineYear = year - 1;
                } else {
                    previousMonth = month;
                }
                c.time[i] = local.toEpochMillis(localMillis(lineYear, packed));
            } else if (tk == LOCAL) {
                c.time[i] = local.toEpochMillis(c.time[i]);
            }
        }
    }

    /** A line without a time stamp takes the time of the line before it (or the first one after). */
    private static void fillLinesWithoutTime(List<ChunkEvents> chunks) {
        long previousTime = Long.MIN_VALUE;
        boolean leadingWithoutTime = false;
        for (ChunkEvents c : chunks) {
            for (int i = 0; i < c.size; i++) {
                if (c.timeKind[i] == NONE) {
                    if (previousTime == Long.MIN_VALUE) {
                        leadingWithoutTime = true;
                    } else {
                        c.time[i] = previousTime;
                    }
                    continue;
                }
                previousTime = c.time[i];
                if (leadingWithoutTime) {
                    backfillLeading(chunks, previousTime);
                    leadingWithoutTime = false;
                }
            }
        }
    }

    /** Lines before the first time stamp of a file take that first time, so they sort with it. */
    private static void backfillLeading(List<ChunkEvents> chunks, long firstTime) {
        for (ChunkEvents c : chunks) {
            for (int i = 0; i < c.size; i++) {
                if (c.timeKind[i] != NONE) {
                    return;
                }
                c.time[i] = firstTime;
            }
        }
    }

    private static int firstYearFromModification(List<ChunkEvents> chunks, ZoneId zone, long modifiedMillis) {
        int rollovers = 0;
        int previousMonth = -1;
        long lastPacked = -1;
        for (ChunkEvents c : chunks) {
            for (int i = 0; i < c.size; i++) {
                if (c.timeKind[i] != YEARLESS) {
                    continue;
                }
                long packed = c.time[i];
                int month = BsdStamp.month(packed);
                if (previousMonth > 0 && previousMonth - month >= HALF_YEAR) {
                    rollovers++;
                    previousMonth = month;
                    lastPacked = packed;
                } else if (previousMonth <= 0 || month - previousMonth < HALF_YEAR) {
                    previousMonth = month;
                    lastPacked = packed;
                }
            }
        }
        LocalDateTime modified = LocalDateTime.ofInstant(Instant.ofEpochMilli(modifiedMillis), zone);
        int lastYear = modified.getYear();
        if (lastPacked >= 0) {
            long lastLocal = localMillis(lastYear, lastPacked);
            long modifiedLocal = localMillis(lastYear, BsdStamp.pack(modified.getMonthValue(), modified.getDayOfMonth(),
                    modified.getHour(), modified.getMinute(), modified.getSecond(), 0));
            if (lastLocal > modifiedLocal + DAY_MILLIS) {
                lastYear--;
            }
        }
        return lastYear - rollovers;
    }

    static long localMillis(int year, long packed) {
        int month = BsdStamp.month(packed);
        int day = BsdStamp.day(packed);
        long days = LocalTimes.epochDay(year, month, day);
        return (((days * 24 + BsdStamp.hour(packed)) * 60 + BsdStamp.minute(packed)) * 60 + BsdStamp.second(packed))
                * 1000 + BsdStamp.millis(packed);
    }
}
