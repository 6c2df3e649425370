package org.trapscope.mail;

import java.util.List;

/**
 * What a saved scam message (an {@code .eml} file) tells about its campaign: the subject to
 * search the logs for, and the addresses of the hosts that relayed it, from its
 * {@code Received:} headers, first hop (nearest the recipient) first.
 *
 * @param subject         the decoded Subject header, or empty
 * @param relayAddresses  bracketed addresses from {@code Received: from ... ([a.b.c.d])}, in header order
 */
public record SavedMessage(String subject, List<String> relayAddresses) {
    public SavedMessage {
        relayAddresses = List.copyOf(relayAddresses);
    }
}
