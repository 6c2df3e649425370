package org.trapscope.cli;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
    @Option(names = "--geo", paramLabel = "FILE",
            description = "IP data to add to the bundled snapshot: a MaxMind DB (.mmdb: GeoLite2, GeoIP2, DB-IP, "
                    + "IPinfo) or a folder of them, an RIR delegated-extended statistics file, or a RIPE/APNIC "
                    + "inetnum/inet6num dump; recognised by content. Repeatable. Fills country, network, netname "
                    + "and AS columns and --country.")
    List<Path> geo = new ArrayList<>();

    @Option(names = "--online",
            description = "Ask RDAP (and WHOIS where RDAP fails) for the network range, name, holder and country "
                    + "of the hosts a report shows; answers are cached per network in ~/.cache/trapscope. Off by "
                    + "default: without it nothing is sent over the network.")
    boolean online;

    List<Path> allFiles() {
        List<Path> all = new ArrayList<>(files);
        all.addAll(traps);
        return all;
    }

    ZoneId zone() {
        return options().defaultZone();
    }

    @Option(names = "--zone-of", paramLabel = "FILE=ZONE",
            description = "Time zone of one file's local stamps, when it differs from --zone (repeatable), "
                    + "e.g. --zone-of relay.log=UTC.")
    Map<Path, String> zoneOfFile = new LinkedHashMap<>();

    LoadOptions options() {
        Map<Path, ZoneId> zones = new HashMap<>();
        zoneOfFile.forEach((file, name) -> zones.put(file, zone(name)));
        LoadOptions options = new LoadOptions(zone(zone), zones, OptionalInt.empty(),
                Runtime.getRuntime().availableProcessors());
        return year == null ? options : options.withFirstYear(year);
    }

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new UsageException("unknown time zone '" + name + "' (use e.g. Europe/Oslo, UTC, +01:00)");
        }
    }
}
