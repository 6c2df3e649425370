package org.trapscope.traps;

import java.util.List;

/**
 * The records of one saved {@code spamdb} output, by type, in file order.
 *
 * @param grey greylist entries
 * @param white whitelist entries
 * @param trapped blocklisted (trapped) addresses with their expiry
 * @param spamtraps spamtrap addresses, normalised (lower case, no angle brackets)
 * @param badLines how many lines were not valid records (each one was reported)
 */
public record SpamdbDump(List<GreyEntry> grey, List<WhiteEntry> white, List<TrappedHost> trapped,
        List<String> spamtraps, int badLines) {

    public SpamdbDump {
        grey = List.copyOf(grey);
        white = List.copyOf(white);
        trapped = List.copyOf(trapped);
        spamtraps = List.copyOf(spamtraps);
    }

    /** The dump's spamtraps as a set for lookups. */
    public SpamtrapSet spamtrapSet() {
        return SpamtrapSet.of(spamtraps);
    }
}
