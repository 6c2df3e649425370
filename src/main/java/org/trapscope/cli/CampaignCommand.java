package org.trapscope.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.trapscope.analysis.Campaign;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import org.trapscope.analysis.TableSorter;
import org.trapscope.analysis.TimeText;
import org.trapscope.export.AtomicFile;
import org.trapscope.export.CsvExport;
import org.trapscope.export.ExportView;
import org.trapscope.export.RawExtract;
import org.trapscope.mail.SavedMessage;
import org.trapscope.mail.SavedMessageReader;
import org.trapscope.store.EventStore;
import org.trapscope.store.IpAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code campaign}: workflow W1 in one command. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = {"Finds a campaign by its text and writes, into the --out folder: hosts.csv (the hosts "
                + "that sent it), targets.csv (every recipient of those hosts, marked spamtrap or not), extract.log "
                + "(the original lines of every event of those hosts, in time order) and summary.txt (attempts, "
                + "unique hosts, unique targets, spamtrap targets, first and last seen).",
                "Hosts are matched by exact address: 1.2.3.4 never picks up 11.2.3.45.",
                "The filter options narrow it: --since/--until keep the lines and events of that time, --ip, "
                        + "--country and the others those of the hosts and events they select."})
final class CampaignCommand implements Callable<Integer> {
    @Mixin
    LoadArguments load = new LoadArguments();

    @Option(names = "--phrase", paramLabel = "TEXT",
            description = "Text of the campaign (a subject or body line), ignoring case. Repeatable: any of.")
    List<String> phrases = new ArrayList<>();

    @Option(names = "--eml", paramLabel = "FILE",
            description = "A saved message of the campaign (.eml): its decoded Subject is searched like --phrase, "
                    + "and the relays of its Received: headers are listed in summary.txt with whether the logs "
                    + "saw them.")
    Path eml;

    @Mixin
    NarrowingArguments narrowing = new NarrowingArguments();

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder for the four files (created if missing; files in it are replaced).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SavedMessage message = eml == null ? null : SavedMessageReader.read(eml);
        List<String> searched = new ArrayList<>(phrases);
        if (message != null) {
            if (message.subject().isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), eml + " has no Subject: header");
            }
            searched.add(message.subject());
        }
        if (searched.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --phrase TEXT or --eml FILE");
        }
        if (searched.stream().anyMatch(String::isEmpty)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--phrase must not be empty");
        }
        Filter within;
        try {
            within = narrowing.toBuilder(load.zone()).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (LoadedData data = LoadedData.load(load, err)) {
            if (data == null) {
                return FailureHandler.NOTHING_READ;
            }
            Campaign campaign = Campaign.find(data.engine(), searched, within);
            Files.createDirectories(out);
            ResultTable hosts = Reports.hosts(data.index(), campaign.events());
            writeCsv(out.resolve("hosts.csv"), hosts, "events:desc,ip");
            ResultTable targets = Reports.targets(data.index(), campaign.events());
            writeCsv(out.resolve("targets.csv"), targets, "attempts:desc,address");
            AtomicFile.write(out.resolve("extract.log"), stream -> RawExtract.write(data.raw(), campaign.events(),
                    stream));
            String summary = summary(campaign, data.dataset().hasSpamtraps(), load.zone())
                    + (message == null ? "" : relays(message, data.dataset().events()));
            AtomicFile.write(out.resolve("summary.txt"), stream -> {
                Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                w.write(summary);
                w.flush();
            });
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(summary);
            stdout.flush();
        }
        return 0;
    }

    private static void writeCsv(Path file, ResultTable table, String sort) throws IOException {
        ExportView view = ExportView.of(table, TableSorter.order(table, TableSorter.parse(table, sort)));
        AtomicFile.write(file, stream -> CsvExport.csv().write(view, stream));
    }

    static String summary(Campaign c, boolean trapsKnown, ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        sb.append("campaign: ").append(String.join(" | ", c.phrases())).append('\n');
        line(sb, "attempts (lines, as grep -c)", c.lines().size());
        line(sb, "spamd sessions carrying it", c.sessions());
        line(sb, "unique hosts", c.hosts());
        line(sb, "events of those hosts", c.events().size());
        line(sb, "unique targets", c.targets());
        sb.append(String.format(Locale.ROOT, "%-30s %s%n", "targets that are spamtraps",
                trapsKnown ? Integer.toString(c.trapTargets()) : "unknown (no --traps)"));
        sb.append(String.format(Locale.ROOT, "%-30s %s%n", "first seen",
                c.firstSeen() == Long.MIN_VALUE ? "-" : TimeText.format(c.firstSeen(), zone)));
        sb.append(String.format(Locale.ROOT, "%-30s %s%n", "last seen",
                c.lastSeen() == Long.MIN_VALUE ? "-" : TimeText.format(c.lastSeen(), zone)));
        return sb.toString();
    }

    /** The saved message's relays, each marked with whether the opened logs saw that address. */
    static String relays(SavedMessage message, EventStore events) {
        StringBuilder sb = new StringBuilder();
        long[] address = new long[2];
        for (String relay : message.relayAddresses()) {
            boolean seen = IpAddress.parse(relay, address) && events.ips().find(address[0], address[1]) >= 0;
            sb.append(String.format(Locale.ROOT, "%-30s %s%s%n", "relay of the saved message", relay,
                    seen ? " (in the logs)" : ""));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, long value) {
        sb.append(String.format(Locale.ROOT, "%-30s %d%n", label, value));
    }
}
