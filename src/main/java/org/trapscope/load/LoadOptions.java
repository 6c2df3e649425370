package org.trapscope.load;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How to read the input.
 *
 * @param defaultZone the zone of local time stamps (BSD syslog, date(1) in the count file)
 * @param zoneByFile  per-file zones that override the default, keyed by the path as given
 * @param firstYear   the year of the first year-less stamp of each file, when the user knows it
 *                    better than the file's modification time
 * @param threads     worker threads for parsing
 */
public record LoadOptions(ZoneId defaultZone, Map<Path, ZoneId> zoneByFile, OptionalInt firstYear, int threads) {
    public LoadOptions {
        zoneByFile = Map.copyOf(zoneByFile);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static LoadOptions defaults() {
        return new LoadOptions(ZoneId.systemDefault(), Map.of(), OptionalInt.empty(),
                Runtime.getRuntime().availableProcessors());
    }

    public LoadOptions withZone(ZoneId zone) {
        return new LoadOptions(zone, zoneByFile, firstYear, threads);
    }

    public LoadOptions withFirstYear(int year) {
        return new LoadOptions(defaultZone, zoneByFile, OptionalInt.of(year), threads);
    }


    /** The zone for a file, matching the per-file zones by the file's absolute, normalised path. */
    public ZoneId zoneOf(Path file) {
        ZoneId exact = zoneByFile.get(file);
        if (exact != null) {
            return exact;
        }
        Path wanted = file.toAbsolutePath().normalize();
        for (Map.Entry<Path, ZoneId> e : zoneByFile.entrySet()) {
            if (e.getKey().toAbsolutePath().normalize().equals(wanted)) {
                return e.getValue();
            }
        }
        return defaultZone;
    }
}
