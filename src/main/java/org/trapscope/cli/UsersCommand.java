package org.trapscope.cli;

import org.trapscope.analysis.EventSelection;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.Reports;
import org.trapscope.analysis.ResultTable;
import picocli.CommandLine.Command;

/** {@code users}: Per user name of failed logins (POP3, IMAP, SSH, SMTP AUTH): user, attempts, hosts, first_seen, last_seen, in_spamtraps. */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Per user name of failed logins (POP3, IMAP, SSH, SMTP AUTH): user, attempts, hosts, first_seen, last_seen, in_spamtraps.")
final class UsersCommand extends ReportCommand {
    @Override
    ResultTable build(LoadedData data, Filter filter, EventSelection selection) {
        return Reports.users(data.index(), selection);
    }

    @Override
    String defaultSort() {
        return "attempts:desc,user";
    }
}
