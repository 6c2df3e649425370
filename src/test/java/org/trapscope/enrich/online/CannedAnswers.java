package org.trapscope.enrich.online;

/** Answers in the shapes of each registry (spec enrichment.md §3), on made-up but plausible data. */
final class CannedAnswers {
    private CannedAnswers() {
    }

    static final String IANA = """
            % IANA WHOIS server
            % for more information on IANA, visit http://www.iana.org

            refer:        whois.ripe.net

            inetnum:      193.0.0.0 - 193.255.255.255
            organisation: RIPE NCC
            status:       ALLOCATED

            whois:        whois.ripe.net
            """;

    static final String ARIN_WITH_REFERRAL = """
            NetRange:       193.0.0.0 - 193.255.255.255
            CIDR:           193.0.0.0/8
            NetName:        RIPE-CBLK
            Organization:   RIPE Network Coordination Centre (RIPE)

            NetRange:       193.0.0.0 - 193.0.63.255
            CIDR:           193.0.0.0/18
            NetName:        RIPE-ERX-193-0-0-0
            Organization:   RIPE Network Coordination Centre (RIPE)

            OrgName:        RIPE Network Coordination Centre
            Country:        NL
            ReferralServer: whois://whois.ripe.net
            OrgAbuseEmail:  abuse@ripe.net
            """;

    static final String RIPE = """
            % This is the RIPE Database query service.

            % Information related to '193.0.0.0 - 193.0.7.255'

            % Abuse contact for '193.0.0.0 - 193.0.7.255' is 'abuse@ripe.net'

            inetnum:        193.0.0.0 - 193.0.7.255
            netname:        RIPE-NCC
            descr:          RIPE Network Coordination Centre
            descr:          Amsterdam, Netherlands
            org:            ORG-RIEN1-RIPE
            country:        NL
            status:         ASSIGNED PA
            source:         RIPE

            % Information related to '193.0.0.0/21AS3333'

            route:          193.0.0.0/21
            origin:         AS3333
            source:         RIPE
            """;

    static final String LACNIC = """
            % Joint Whois - whois.lacnic.net

            inetnum:     138.36.24/22
            status:      allocated
            aut-num:     AS52999
            owner:       Universidade Exemplo
            ownerid:     BR-UNEX-LACNIC
            country:     BR
            """;

    /** APNIC writes ISO-8859-1: "Société" with é as the single byte 0xE9. */
    static byte[] apnicLatin1() {
        return """
                inetnum:        202.12.28.0 - 202.12.29.255
                netname:        APNIC-AP
                descr:          Soci\u00e9t\u00e9 Exemple
                country:        AU
                source:         APNIC
                """.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static final String RIPE_DENIED = """
            %ERROR:201: access denied for 127.0.0.1
            %
            % Sorry, access from your host has been permanently
            % denied because of a repeated excessive querying.
            """;

    static final String RDAP_ARIN = """
            {"objectClassName": "ip network", "handle": "NET-149-43-0-0-1",
             "startAddress": "149.43.0.0", "endAddress": "149.43.255.255", "ipVersion": "v4",
             "name": "COLGATE-1", "type": "DIRECT ALLOCATION", "port43": "whois.arin.net",
             "rdapConformance": ["nro_rdap_profile_0", "rdap_level_0", "cidr0", "arin_originas0"],
             "arin_originas0_originautnums": [],
             "cidr0_cidrs": [{"v4prefix": "149.43.0.0", "length": 16}],
             "entities": [{"handle": "COLGAT-2-Z", "roles": ["registrant"],
               "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Colgate University"],
                 ["adr", {"label": "13 Oak Drive\\nHamilton\\nNY\\n13346\\nUnited States"}, "text", ["", "", "", "", "", "", ""]],
                 ["kind", {}, "text", "org"]]],
               "entities": [{"handle": "ABUSE-ARIN", "roles": ["abuse"],
                 "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Abuse"],
                   ["email", {}, "text", "abuse@colgate.edu"]]]}]}]}
            """;

    static final String RDAP_RIPE = """
            {"objectClassName": "ip network", "handle": "193.0.0.0 - 193.0.7.255",
             "startAddress": "193.0.0.0", "endAddress": "193.0.7.255", "ipVersion": "v4",
             "name": "RIPE-NCC", "country": "NL", "type": "ASSIGNED PA",
             "entities": [{"handle": "ORG-RIEN1-RIPE", "roles": ["registrant"],
               "vcardArray": ["vcard", [["version", {}, "text", "4.0"],
                 ["fn", {}, "text", "Reseaux IP Europeens Network Coordination Centre (RIPE NCC)"]]]},
              {"handle": "OPS4-RIPE", "roles": ["abuse"],
               "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["email", {}, "text", "abuse@ripe.net"]]]}]}
            """;
}
