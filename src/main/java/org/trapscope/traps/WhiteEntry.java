package org.trapscope.traps;

/**
 * A whitelisted sender: one that retried properly. Times are epoch seconds (UTC).
 *
 * @param ip the whitelisted address
 * @param firstSeen when it was first seen
 * @param passTime when it was whitelisted
 * @param expire when the entry expires (spamlogd refreshes it while mail flows)
 * @param blockCount how many times it had been answered with a temporary failure
 * @param passCount how many times spamlogd saw it pass to the real mail server
 */
public record WhiteEntry(String ip, long firstSeen, long passTime, long expire, int blockCount, int passCount) {
}
