package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --geo fills the country and AS columns and --country; --help says how old the bundled data is. */
class EnrichmentOptionsTest {
    private static final String COUNTRY_DB = Path.of("src/test/resources/mmdb/GeoIP2-Country-Test.mmdb").toString();
    private static final String ASN_DB = Path.of("src/test/resources/mmdb/GeoLite2-ASN-Test.mmdb").toString();

    @TempDir
    Path dir;

    private Path maillog() throws IOException {
        return Files.writeString(dir.resolve("maillog"), String.join("\n",
                "Jun 19 06:14:58 skapet spop3d[1]: authentication failed: no such user: lilei - 81.2.69.160",
                "Jun 19 06:15:01 skapet spop3d[2]: authentication failed: no such user: lilei - 1.128.0.1",
                "Jun 19 06:15:03 skapet spop3d[3]: authentication failed: no such user: lika - 1.128.0.1",
                "Jun 19 06:15:04 skapet spop3d[4]: authentication failed: no such user: root - 10.1.2.3", ""));
    }

    @Test
    void geoFilesFillCountryAndAsColumns() throws IOException {
        Cli cli = Cli.run("hosts", "--format", "csv", "--sort", "ip", "--geo", COUNTRY_DB, "--geo", ASN_DB,
                maillog().toString());
        assertEquals(0, cli.exit(), cli.err());
        String[] rows = cli.out().split("\r?\n");
        assertTrue(rows[0].startsWith("ip,events,sessions,first_seen,last_seen,country,network,as_org"), rows[0]);
        assertTrue(rows[1].startsWith("1.128.0.1,2,"), rows[1]);
        assertTrue(rows[1].contains("Telstra Pty Ltd"), rows[1]);
        assertTrue(rows[2].startsWith("10.1.2.3,1,"), rows[2]);
        assertTrue(rows[3].startsWith("81.2.69.160,1,") && rows[3].contains(",GB,"), rows[3]);
    }

    @Test
    void theCountryFilterUsesTheGeoData() throws IOException {
        Cli cli = Cli.run("pairs", "--format", "csv", "--country", "GB", "--geo", COUNTRY_DB, maillog().toString());
        assertEquals(0, cli.exit(), cli.err());
        String[] rows = cli.out().split("\r?\n");
        assertEquals(2, rows.length, cli.out());
        assertTrue(rows[1].startsWith("81.2.69.160,lilei,1,"), rows[1]);
    }

    @Test
    void privateAddressesAreLabelledNotLookedUp() throws IOException {
        Cli cli = Cli.run("pairs", "--format", "csv", "--ip", "10.0.0.0/8", maillog().toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().split("\r?\n")[1].contains("private"), cli.out());
    }

    @Test
    void aFileThatIsNoIpDataIsNamedInTheMessage() throws IOException {
        Path log = maillog();
        Cli cli = Cli.run("hosts", "--geo", log.toString(), log.toString());
        assertEquals(1, cli.exit());
        assertTrue(cli.err().contains("maillog") && cli.err().contains("not a MaxMind DB"), cli.err());
    }

    @Test
    void helpSaysHowOldTheBundledDataIs() {
        String help = Cli.run("hosts", "--help").out();
        assertTrue(help.contains("Bundled IP data (country, AS number) of "), help);
        assertTrue(help.contains("days old"), help);
    }

    @Test
    void eventsAndPairsCarryTheNetworkColumnsToo() throws IOException {
        Path log = maillog();
        Cli events = Cli.run("events", "--format", "csv", "--ip", "1.128.0.1", "--geo", ASN_DB, log.toString());
        assertEquals(0, events.exit(), events.err());
        String[] rows = events.out().split("\r?\n");
        assertTrue(rows[0].endsWith(",country,network,netname,as_org,asn"), rows[0]);
        assertTrue(rows[1].endsWith(",Telstra Pty Ltd,1221"), rows[1]);
        Cli pairs = Cli.run("pairs", "--format", "csv", "--ip", "1.128.0.1", "--geo", ASN_DB, log.toString());
        assertTrue(pairs.out().split("\r?\n")[1].endsWith(",Telstra Pty Ltd,1221"), pairs.out());
    }

    @Test
    void hostsGroupByNetworkAndByAsAndNetworksMakeAPfTable() throws IOException {
        Path log = maillog();
        Cli byAs = Cli.run("networks", "--by-as", "--format", "csv", "--geo", ASN_DB, log.toString());
        assertEquals(0, byAs.exit(), byAs.err());
        String[] rows = byAs.out().split("\r?\n");
        assertEquals("as,hosts,events,first_seen,last_seen,country,netname,as_org,asn", rows[0]);
        assertTrue(byAs.out().contains("\nAS1221,1,2,"), byAs.out());
        Cli pf = Cli.run("networks", "--format", "pf", "--geo", ASN_DB, "--ip", "1.128.0.1", log.toString());
        assertEquals(0, pf.exit(), pf.err());
        assertEquals("1.128.0.0/11\n", pf.out());
    }
}
