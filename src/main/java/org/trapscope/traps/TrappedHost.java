package org.trapscope.traps;

/**
 * An address blocklisted for mailing a spamtrap.
 *
 * @param ip the trapped address
 * @param expire when it leaves the blocklist, in epoch seconds (UTC)
 */
public record TrappedHost(String ip, long expire) {
}
