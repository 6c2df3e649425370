package org.trapscope.traps;

import java.util.List;

/**
 * A plain spamtrap list as an admin keeps it, for example the file fed to {@code spamdb -T -a}.
 *
 * @param addresses the addresses in file order, normalised (lower case, no angle brackets)
 */
public record TrapList(List<String> addresses) {
    public TrapList {
        addresses = List.copyOf(addresses);
    }
}
