package org.trapscope.traps;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the timestamps {@code date(1)} prints: the default {@code Tue Mar  2 21:10:01 CET 2021}, its
 * GNU and locale variants ({@code Tue 02 Mar 2021 09:10:01 PM CET}), {@code date -R}
 * ({@code Tue, 02 Mar 2021 21:10:01 +0100}) and ISO forms ({@code 2021-03-02T21:10:01+01:00},
 * {@code 2021-03-02 21:10:01+01:00}). It works on tokens rather than one fixed layout because the
 * cron script's {@code date} call and locale differ between sites. English month names only.
 */
final class DateOutputParser {

    private static final List<String> MONTHS = List.of(
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final List<String> WEEKDAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> UTC_NAMES = Set.of("UTC", "GMT", "UT", "Z");

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T(.+))?");
    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("[+-]\\d{2}(?::?\\d{2})?");
    private static final Pattern UTC_WITH_OFFSET = Pattern.compile("(?:UTC|GMT)([+-]\\d{1,2}(?::?\\d{2})?)");
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Za-z]{1,6}");

    private DateOutputParser() {
    }

    /** The timestamp in {@code text}, or null when it is not a date(1)-like timestamp. */
    static DateOutput parse(String text) {
        Fields fields = new Fields();
        for (String token : text.trim().split("[\\s,]+")) {
            if (!fields.take(token)) {
                return null;
            }
        }
        return fields.toDateOutput();
    }

    /** The fields found so far; each token fills one. */
    private static final class Fields {
        int year = -1;
        int month = -1;
        int day = -1;
        int hour = -1;
        int minute;
        int second;
        Boolean afternoon;
        String zoneText;
        ZoneOffset offset;

        boolean take(String token) {
            String lower = token.toLowerCase(Locale.ROOT);
            Matcher iso = ISO_DATE.matcher(token);
            if (iso.matches() && year < 0) {
                year = Integer.parseInt(iso.group(1));
                month = Integer.parseInt(iso.group(2));
                day = Integer.parseInt(iso.group(3));
                return iso.group(4) == null || takeTime(iso.group(4));
            }
            if (nameIndex(WEEKDAYS, lower) >= 0) {
                return true;
            }
            int monthIndex = nameIndex(MONTHS, lower);
            if (monthIndex >= 0 && month < 0) {
                month = monthIndex + 1;
                return true;
            }
            if (lower.equals("am") || lower.equals("pm")) {
                afternoon = lower.equals("pm");
                return true;
            }
            if (token.matches("\\d{1,2}") && day < 0) {
                day = Integer.parseInt(token);
                return true;
            }
            if (token.matches("\\d{4}") && year < 0) {
                year = Integer.parseInt(token);
                return true;
            }
            if (TIME.matcher(token).matches() && hour < 0) {
                return takeTime(token);
            }
            return zoneText == null && takeZone(token);
        }

        private boolean takeTime(String token) {
            Matcher time = TIME.matcher(token);
            if (!time.matches()) {
                return false;
            }
            hour = Integer.parseInt(time.group(1));
            minute = Integer.parseInt(time.group(2));
            second = time.group(3) == null ? 0 : Integer.parseInt(time.group(3));
            return time.group(4) == null || takeZone(time.group(4));
        }

        private boolean takeZone(String token) {
            try {
                Matcher utcWithOffset = UTC_WITH_OFFSET.matcher(token);
                if (UTC_NAMES.contains(token.toUpperCase(Locale.ROOT))) {
                    offset = ZoneOffset.UTC;
                } else if (NUMERIC_OFFSET.matcher(token).matches()) {
                    offset = ZoneOffset.of(token);
                } else if (utcWithOffset.matches()) {
                    offset = ZoneOffset.of(signedTwoDigitHours(utcWithOffset.group(1)));
                } else if (!ABBREVIATION.matcher(token).matches()) {
                    return false;
                }
            } catch (DateTimeException e) {
                return false;
            }
            zoneText = token;
            return true;
        }

        DateOutput toDateOutput() {
            if (year < 0 || month < 0 || day < 0 || hour < 0) {
                return null;
            }
            int hour24 = hour;
            if (afternoon != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour24 = hour % 12 + (afternoon ? 12 : 0);
            }
            try {
                return new DateOutput(LocalDateTime.of(year, month, day, hour24, minute, second), zoneText, offset);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** The position of a full or three-letter English name ("Mar", "March", also "Sept"), or -1. */
        private static int nameIndex(List<String> names, String lower) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (lower.equals(name) || lower.equals(name.substring(0, 3)) || lower.equals("sept") && i == 8) {
                    return i;
                }
            }
            return -1;
        }

        /** "GMT+1" means +01:00, which ZoneOffset only accepts as "+01". */
        private static String signedTwoDigitHours(String offset) {
            return offset.length() == 2 || offset.charAt(2) == ':' ? offset.charAt(0) + "0" + offset.substring(1) : offset;
        }
    }
}
