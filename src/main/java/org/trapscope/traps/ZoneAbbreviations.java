package org.trapscope.traps;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Maps a zone abbreviation such as CET or CEST to an offset using the zone the user configured.
 * Abbreviations are ambiguous worldwide (IST is India, Ireland or Israel), so they are only trusted
 * when the configured zone itself uses that name at that local time. That also settles the repeated
 * hour in autumn: 02:10 CEST and 02:10 CET are different instants.
 */
final class ZoneAbbreviations {

    private final ZoneId zone;
    private final ZoneRules rules;
    private final TimeZone names;

    ZoneAbbreviations(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.names = TimeZone.getTimeZone(zone);
    }

    ZoneId zone() {
        return zone;
    }

    /** The offset the configured zone calls {@code abbreviation} at {@code localTime}, or null if none. */
    ZoneOffset offsetNamed(String abbreviation, LocalDateTime localTime) {
        for (ZoneOffset candidate : candidateOffsets(localTime)) {
            Instant instant = localTime.toInstant(candidate);
            String name = names.getDisplayName(rules.isDaylightSavings(instant), TimeZone.SHORT, Locale.US);
            if (name.equalsIgnoreCase(abbreviation)) {
                return candidate;
            }
        }
        return null;
    }

    /** The zone's own reading of a wall-clock time (the earlier offset in the repeated hour). */
    ZoneOffset offsetAt(LocalDateTime localTime) {
        return localTime.atZone(zone).getOffset();
    }

    private List<ZoneOffset> candidateOffsets(LocalDateTime localTime) {
        List<ZoneOffset> valid = rules.getValidOffsets(localTime);
        if (!valid.isEmpty()) {
            return valid;
        }
        ZoneOffsetTransition gap = rules.getTransition(localTime);
        return List.of(gap.getOffsetBefore(), gap.getOffsetAfter());
    }
}
