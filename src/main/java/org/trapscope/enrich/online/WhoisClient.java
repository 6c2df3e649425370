package org.trapscope.enrich.online;

import java.io.IOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.trapscope.enrich.IpNumbers;

/**
 * {@code whois IP} over port 43 with the registries' referral rules: IANA's {@code refer:},
 * ARIN's {@code ReferralServer:}, and a placeholder answer (RIPE's non-managed block, APNIC's
 * "Transferred to") sending the query to IANA. At most {@link #MAX_REFERRALS} referrals, never
 * the same server twice; the most specific network seen wins.
 */
final class WhoisClient {
    static final int MAX_REFERRALS = 3;

    private final WhoisConnector connector;
    private final Clock clock;
    private final ServerPacer pacer;

    WhoisClient(WhoisConnector connector, Clock clock, ServerPacer pacer) {
        this.connector = connector;
        this.clock = clock;
        this.pacer = pacer;
    }

    /**
     * @param firstServer the registry's server when known (from the RDAP bootstrap), else IANA's
     * @return the most specific answer, or null when no server named a network
     * @throws RateLimitedException when a server refuses because of too many queries
     */
    OnlineAnswer lookup(long hi, long lo, String firstServer) throws IOException {
        String address = IpNumbers.format(hi, lo);
        String server = firstServer != null ? firstServer : WhoisServers.IANA;
        Set<String> asked = new HashSet<>();
        OnlineAnswer best = null;
        for (int hop = 0; hop <= MAX_REFERRALS; hop++) {
            asked.add(server);
            pacer.await(server);
            byte[] raw = connector.query(server, WhoisServers.queryFor(server, address));
            WhoisParser.Parsed parsed = WhoisParser.parse(raw, server, clock.instant());
            if (parsed.rateLimited()) {
                throw new RateLimitedException(server, null, "WHOIS server denies access (too many queries)");
            }
            pacer.answered(server);
            OnlineAnswer answer = parsed.answer();
            if (answer != null && answer.range().contains(hi, lo)
                    && (best == null || answer.range().isNarrowerThan(best.range()))) {
                best = answer;
            }
            String next = parsed.referral() != null ? parsed.referral() : parsed.stub() ? WhoisServers.IANA : null;
            if (next == null || asked.contains(next)) {
                break;
            }
            server = next;
        }
        return best;
    }
}
