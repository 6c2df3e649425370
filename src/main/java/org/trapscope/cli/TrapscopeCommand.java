package org.trapscope.cli;

import java.time.LocalDate;
import org.trapscope.enrich.Enricher;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code trapscope COMMAND [OPTIONS] FILE...}. */
@Command(name = "trapscope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Reads OpenBSD spamd greytrapping logs and POP3/SSH/IMAP login logs (plain, gzip, bzip2, "
                + "xz, zstd, rotated sets) and answers the analyst's questions.",
                "Without a command, `java -jar trapscope.jar [FILE...]` opens the workbench window."},
        subcommands = {SummaryCommand.class, EventsCommand.class, HostsCommand.class, UsersCommand.class,
                PairsCommand.class, TargetsCommand.class, SubjectsCommand.class, TimelineCommand.class,
                TrapcountsCommand.class, CountsCommand.class, CampaignCommand.class, HarvestCommand.class,
                NetworksCommand.class,
                CommandLine.HelpCommand.class})
public final class TrapscopeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, e.g. `summary FILE...`");
    }

    /** Runs the command line and returns the exit code: 0 done, 1 nothing could be read, 2 bad usage. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line with its handlers and the data-age footer of --help, ready to execute. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TrapscopeCommand());
        cli.setExecutionExceptionHandler(new FailureHandler());
        String footer = "%n" + Enricher.bundledDataSummary(LocalDate.now()) + ".%n--geo adds your own IP data; "
                + "--online asks RDAP/WHOIS (off by default).";
        cli.getCommandSpec().usageMessage().footer(footer);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommandSpec().findOption("--geo") != null) {
                sub.getCommandSpec().usageMessage().footer(footer);
            }
        }
        return cli;
    }
}
