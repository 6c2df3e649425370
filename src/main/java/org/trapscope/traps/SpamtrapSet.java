package org.trapscope.traps;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The spamtrap addresses known from dumps and lists, for constant-time membership tests. Besides
 * whole addresses it indexes their local parts, because POP3 and SSH logs show a bare user name:
 * someone trying to log in as "lilei" is using a harvested trap address lilei@bsdly.net.
 */
public final class SpamtrapSet {

    private static final SpamtrapSet EMPTY = new SpamtrapSet(Set.of());

    private final Set<String> addresses;
    private final Set<String> localParts;

    private SpamtrapSet(Set<String> addresses) {
        this.addresses = Set.copyOf(addresses);
        Set<String> locals = new HashSet<>();
        for (String address : addresses) {
            locals.add(address.substring(0, address.lastIndexOf('@')));
        }
        this.localParts = Set.copyOf(locals);
    }

    public static SpamtrapSet empty() {
        return EMPTY;
    }

    /**
     * A set of these addresses, normalised (lower case, angle brackets stripped). Texts that are not
     * e-mail addresses are left out: the readers have already reported them.
     */
    public static SpamtrapSet of(Collection<String> addresses) {
        Set<String> normalised = new HashSet<>();
        for (String address : addresses) {
            String trap = SpamtrapAddresses.normalise(address);
            if (trap != null) {
                normalised.add(trap);
            }
        }
        return new SpamtrapSet(normalised);
    }

    /** The traps of both sets, for combining a spamdb dump with trap lists. */
    public SpamtrapSet merge(SpamtrapSet other) {
        Set<String> both = new HashSet<>(addresses);
        both.addAll(other.addresses);
        return new SpamtrapSet(both);
    }

    /** Whether {@code address} is a trap, ignoring case and angle brackets. */
    public boolean isTrap(String address) {
        String normalised = SpamtrapAddresses.normalise(address);
        return normalised != null && addresses.contains(normalised);
    }

    /**
     * Whether {@code userName} at any trap domain is a trap, ignoring case. A user name that is a
     * whole address (some POP3 servers take those) is a trap when that address is.
     */
    public boolean isTrapUser(String userName) {
        if (userName.indexOf('@') >= 0) {
            return isTrap(userName);
        }
        return localParts.contains(userName.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return addresses.size();
    }

    /** The normalised addresses, unmodifiable. */
    public Set<String> addresses() {
        return addresses;
    }
}
