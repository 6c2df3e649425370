package org.trapscope.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the spamtrap harvest leaves out and where user names become addresses.
 *
 * @param roleAccounts local parts never proposed (RFC 2142 mailboxes and the like)
 * @param knownUsers   real user names or addresses, never proposed
 * @param domains      domains user names are proposed at, and the only domains whose targets are
 *                     proposed; empty: the domains of the known spamtraps
 */
public record HarvestOptions(Set<String> roleAccounts, Set<String> knownUsers, List<String> domains) {
    /** The role accounts left out unless told otherwise. */
    public static final Set<String> DEFAULT_ROLE_ACCOUNTS = Set.of("postmaster", "abuse", "webmaster", "root",
            "admin", "mailer-daemon", "hostmaster", "info");

    public HarvestOptions {
        roleAccounts = lower(roleAccounts);
        knownUsers = lower(knownUsers);
        domains = domains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public static HarvestOptions defaults() {
        return new HarvestOptions(DEFAULT_ROLE_ACCOUNTS, Set.of(), List.of());
    }

    private static Set<String> lower(Set<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
