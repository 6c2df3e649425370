package org.trapscope.traps;

/**
 * A greylist entry: a sender still retrying to get past spamd. Times are epoch seconds (UTC).
 *
 * @param ip the connecting address
 * @param helo the HELO/EHLO name, empty for old keys without one and for the legacy 9-field layout
 * @param from envelope sender as printed, with its angle brackets
 * @param to envelope recipient as printed, with its angle brackets
 * @param firstSeen when the triplet was first seen
 * @param passTime when it may pass (or did pass, after a retry)
 * @param expire when the entry expires
 * @param blockCount how many times it was answered with a temporary failure
 * @param passCount how many times it passed
 */
public record GreyEntry(String ip, String helo, String from, String to,
        long firstSeen, long passTime, long expire, int blockCount, int passCount) {
}
