package org.trapscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.HarvestOptions;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code harvest}: spamtrap candidates (workflow W4). */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"New spamtrap candidates: recipient addresses and failed-login user names that are not "
                + "spamtraps yet (needs --traps), leaving out role accounts, --known users and user names that "
                + "ever logged in successfully: address, source (target or user), attempts, hosts, first_seen, "
                + "last_seen.",
                "--format spamdb writes `spamdb -T -a 'name@domain'` lines to review and run."})
final class HarvestCommand extends ReportCommand {
    @Option(names = "--role-accounts", paramLabel = "NAME,...", split = ",",
            description = "Local parts never proposed (default: ${DEFAULT-VALUE}).")
    List<String> roleAccounts = new ArrayList<>(HarvestOptions.DEFAULT_ROLE_ACCOUNTS.stream().sorted().toList());

    @Option(names = "--known", paramLabel = "FILE",
            description = "Real users: a file of user names or addresses (one a line, # comments) never proposed.")
    Path known;

    @Option(names = "--domain", paramLabel = "DOMAIN",
            description = "Propose user names at this domain, and only targets in it. Repeatable. Default: the "
                    + "domains of the known spamtraps.")
    List<String> domains = new ArrayList<>();

    @Override
    boolean hasAddressColumn() {
        return true;
    }

    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        if (!data.dataset().hasSpamtraps()) {
            spec.commandLine().getErr().println("trapscope: no spamtraps known (give --traps FILE): every "
                    + "address counts as a candidate");
        }
        return Reports.harvest(data.index(), selection, new HarvestOptions(Set.copyOf(roleAccounts), knownUsers(),
                domains));
    }

    @Override
    String defaultSort() {
        return "attempts:desc,address";
    }

    private Set<String> knownUsers() {
        Set<String> names = new HashSet<>();
        if (known == null) {
            return names;
        }
        try {
            for (String line : Files.readAllLines(known)) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
