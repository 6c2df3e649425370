package org.trapscope.traps;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A timestamp as {@code date(1)} printed it, before its zone is resolved.
 *
 * @param localTime the wall-clock time printed
 * @param zoneText the zone as printed ("CET", "+0100", "UTC"), or null when none was printed
 * @param offset the offset the zone text states by itself (numeric offsets, UTC/GMT/Z), or null when
 *     it is an abbreviation that only the configured zone can explain, or absent
 */
record DateOutput(LocalDateTime localTime, String zoneText, ZoneOffset offset) {
}
