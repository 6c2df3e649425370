package org.trapscope.enrich.online;

import java.net.URI;
import java.util.Map;

/** Names of the registries' WHOIS servers and the query syntax each one wants. */
final class WhoisServers {
    static final String IANA = "whois.iana.org";
    static final String ARIN = "whois.arin.net";

    /** The WHOIS server of the registry whose RDAP server the bootstrap chose. */
    private static final Map<String, String> BY_RDAP_HOST = Map.of(
            "rdap.arin.net", ARIN,
            "rdap.db.ripe.net", "whois.ripe.net",
            "rdap.apnic.net", "whois.apnic.net",
            "rdap.lacnic.net", "whois.lacnic.net",
            "rdap.afrinic.net", "whois.afrinic.net");

    private WhoisServers() {
    }

    /** The registry's WHOIS server for an RDAP base URL, or IANA's, which refers onwards. */
    static String forRdapBase(URI base) {
        return base == null ? IANA : BY_RDAP_HOST.getOrDefault(base.getHost(), IANA);
    }

    /**
     * ARIN: {@code n + IP} (network records, full details). RIPE-software servers (RIPE, APNIC,
     * AFRINIC): {@code -r} always, so no personal objects are returned and RIPE's daily
     * personal-data quota is not used up. Everyone else: the bare address.
     */
    static String queryFor(String server, String address) {
        if (server.equals(ARIN)) {
            return "n + " + address;
        }
        if (server.equals("whois.ripe.net") || server.equals("whois.apnic.net") || server.equals("whois.afrinic.net")) {
            return "-r " + address;
        }
        return address;
    }

    /**
     * The host of a referral: {@code whois://whois.ripe.net}, {@code whois.ripe.net:43} or a bare
     * name; null for {@code rwhois://}, a different protocol this client does not speak.
     */
    static String referralHost(String referral) {
        String text = referral.trim();
        if (text.regionMatches(true, 0, "rwhois://", 0, 9)) {
            return null;
        }
        if (text.regionMatches(true, 0, "whois://", 0, 8)) {
            text = text.substring(8);
        }
        int end = text.length();
        for (char stop : new char[] {'/', ':', ' '}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String host = text.substring(0, end).toLowerCase();
        return host.isEmpty() ? null : host;
    }
}
