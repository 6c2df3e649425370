package org.trapscope.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trapscope.analysis.Filter;
import org.trapscope.analysis.IpRange;
import org.trapscope.analysis.SpamtrapCondition;
import org.trapscope.store.EventKind;
import picocli.CommandLine.Option;

/**
 * The filter options that narrow a selection by anything but its text: addresses, countries,
 * values, spamtraps, time, kinds, programs, blocklists, raw lines. Every report takes them with
 * {@link FilterArguments}; {@code campaign}, which has its own text options, takes them alone.
 */
final class NarrowingArguments {
    @Option(names = "--ip", paramLabel = "IP|CIDR",
            description = "Events of this address or block, IPv4 or IPv6 (1.2.3.4, 1.2.3.0/24, 2001:db8::/32). "
                    + "Repeatable.")
    List<String> ips = new ArrayList<>();

    @Option(names = "--country", paramLabel = "CC",
            description = "Events of hosts in this country (two-letter code). Needs enrichment data: without it "
                    + "no host has a country and nothing is selected. Repeatable.")
    List<String> countries = new ArrayList<>();

    @Option(names = "--value", paramLabel = "TEXT",
            description = "Events whose user name, envelope sender or recipient, header or body text is exactly "
                    + "TEXT, ignoring case; addresses also match without angle brackets and display name "
                    + "(lilei@bsdly.net finds <LiLei@bsdly.net>). Repeatable: any of.")
    List<String> values = new ArrayList<>();

    @Option(names = "--exclude-value", paramLabel = "TEXT",
            description = "Leave out the events that name TEXT, compared as --value. Repeatable.")
    List<String> excludedValues = new ArrayList<>();

    @Option(names = "--exclude-country", paramLabel = "CC",
            description = "Leave out the events of hosts in this country (two-letter code); hosts of unknown "
                    + "country stay. Repeatable.")
    List<String> excludedCountries = new ArrayList<>();

    @Option(names = "--in-spamtraps", paramLabel = "yes|no",
            description = "Events whose target address or user name is (yes) or is not (no) a spamtrap; events "
                    + "without a target are left out. Needs --traps.")
    String inSpamtraps;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Events at or after this ISO date or date-time (2022-11-20, 2022-11-20T14:00) in the "
                    + "source zone (--zone).")
    String since;

    @Option(names = "--until", paramLabel = "WHEN",
            description = "Events up to and including this ISO date (the whole day) or date-time.")
    String until;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Events of this kind. Repeatable. Kinds: ${COMPLETION-CANDIDATES}.",
            completionCandidates = KindLabels.class)
    List<String> kinds = new ArrayList<>();

    @Option(names = "--program", paramLabel = "NAME",
            description = "Events logged by this program (syslog tag: spamd, sshd, spop3d, ...). Repeatable.")
    List<String> programs = new ArrayList<>();

    @Option(names = "--exclude-blacklisted",
            description = "Leave out events of spamd sessions that were already on a blocklist when they connected.")
    boolean excludeBlacklisted;

    @Option(names = "--grep", paramLabel = "REGEX",
            description = "Events whose raw log line contains a match of this Java regular expression.")
    String grep;

    /** A filter builder holding these conditions; text conditions are added by the caller. */
    Filter.Builder toBuilder(ZoneId zone) {
        Filter.Builder b = Filter.builder();
        ips.forEach(ip -> b.ip(IpRange.parse(ip)));
        countries.forEach(b::country);
        values.forEach(b::value);
        excludedValues.forEach(b::excludeValue);
        excludedCountries.forEach(b::excludeCountry);
        if (inSpamtraps != null) {
            b.inSpamtraps(switch (inSpamtraps.strip().toLowerCase(Locale.ROOT)) {
                case "yes" -> SpamtrapCondition.YES;
                case "no" -> SpamtrapCondition.NO;
                default -> throw new IllegalArgumentException("--in-spamtraps must be yes or no");
            });
        }
        if (since != null) {
            b.since(TimeArgument.since(since, zone));
        }
        if (until != null) {
            b.until(TimeArgument.until(until, zone));
        }
        kinds.forEach(k -> b.kind(EventKind.parse(k)));
        programs.forEach(b::program);
        b.excludeBlacklisted(excludeBlacklisted);
        b.grep(grep);
        return b;
    }

    /** The event kind labels, for the help text. */
    static final class KindLabels extends ArrayList<String> {
        KindLabels() {
            for (EventKind k : EventKind.values()) {
                add(k.label());
            }
        }
    }
}
