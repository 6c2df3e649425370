package org.trapscope.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.trapscope.load.LoadOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every command that reads logs shares. */
final class LoadArguments {
    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Log files, rotated sets (spamd spamd.0.gz ...) or folders; compressed files are "
                    + "recognised by their content.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--year", paramLabel = "Y",
            description = "Year of the first time stamp of each file whose stamps have no year "
                    + "(default: inferred from the file's modification time).")
    Integer year;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Time zone of local time stamps, e.g. Europe/Oslo or UTC (default: ${DEFAULT-VALUE}).")
    String zone = ZoneId.systemDefault().getId();

    @Option(names = "--traps", paramLabel = "FILE",
            description = "Spamtraps: a spamdb dump (its SPAMTRAP lines; TRAPPED lines mark trapped hosts) or a "
                    + "list of addresses, recognised by content. Repeatable. Needed for in_spamtraps, "
                    + "--in-spamtraps and harvest.")
    List<Path> traps = new ArrayList<>();

    /** Everything to open: the files and the spamtrap files. */
    List<Path> allFiles() {
        List<Path> all = new ArrayList<>(files);
        all.addAll(traps);
        return all;
    }

    ZoneId zone() {
        return options().defaultZone();
    }

    LoadOptions options() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + zone + "' (use e.g. Europe/Oslo, UTC, +01:00)");
        }
        LoadOptions options = LoadOptions.defaults().withZone(zoneId);
        return year == null ? options : options.withFirstYear(year);
    }
}
