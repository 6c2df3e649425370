package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --value, --exclude-value and --exclude-country: exact values and countries kept or left out. */
class ValueOptionsTest {
    private static final String COUNTRY_DB = Path.of("src/test/resources/mmdb/GeoIP2-Country-Test.mmdb").toString();

    @TempDir
    Path dir;

    private List<String> events(String... options) throws IOException {
        Path maillog = Files.writeString(dir.resolve("maillog"), String.join("\n",
                "Jun 19 06:14:58 skapet spop3d[1]: authentication failed: no such user: lilei - 81.2.69.160",
                "Jun 19 06:15:01 skapet spop3d[2]: authentication failed: no such user: lilei - 1.128.0.1",
                "Jun 19 06:15:03 skapet spop3d[3]: authentication failed: no such user: lilei.li - 1.128.0.1",
                "Jun 19 06:15:04 skapet spamd[4]: (GREY) 1.128.0.1: <a@spam.example> -> <LiLei@bsdly.net>",
                "Jun 19 06:15:05 skapet spamd[4]: (GREY) 81.2.69.160: <b@spam.example> -> <lika@bsdly.net>",
                ""));
        String[] args = new String[options.length + 8];
        System.arraycopy(new String[] {"events", "--format", "csv", "--zone", "UTC", "--geo", COUNTRY_DB}, 0, args, 0, 7);
        System.arraycopy(options, 0, args, 7, options.length);
        args[args.length - 1] = maillog.toString();
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exit(), cli.err());
        return cli.out().lines().skip(1).toList();
    }

    @Test
    void aValueSelectsTheEventsNamingExactlyItAndAnAddressAlsoWithoutItsBrackets() throws IOException {
        List<String> rows = events("--value", "LILEI", "--value", "lilei@BSDLY.net");
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("lilei.li")), rows.toString());
        assertTrue(rows.get(2).contains("<LiLei@bsdly.net>"), rows.get(2));
    }

    @Test
    void excludedValuesAndCountriesAreLeftOutAndRepeatable() throws IOException {
        List<String> rows = events("--exclude-value", "lilei", "--exclude-value", "lilei@bsdly.net",
                "--exclude-country", "gb");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("lilei.li") && rows.get(0).contains("1.128.0.1"), rows.get(0));
    }

    @Test
    void helpDocumentsTheOptionsAndABlankValueIsBadUsage() {
        String help = Cli.run("hosts", "--help").out();
        for (String option : new String[] {"--value=TEXT", "--exclude-value=TEXT", "--exclude-country=CC"}) {
            assertTrue(help.contains(option), option + " in " + help);
        }
        assertEquals(2, Cli.run("events", "--exclude-value", " ", dir.toString()).exit());
    }
}
