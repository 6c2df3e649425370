package org.trapscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Exit codes and help. */
class UsageTest {
    private static final String SSHD = Path.of("src", "test", "resources", "fail2ban", "sshd").toString();

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, Cli.run("hosts", "--sort", "nope", SSHD).exit());
        assertEquals(2, Cli.run("hosts", "--ip", "1.2.3", SSHD).exit());
        assertEquals(2, Cli.run("events", "--kind", "nonsense", SSHD).exit());
        assertEquals(2, Cli.run("events", "--since", "yesterday", SSHD).exit());
        assertEquals(2, Cli.run("users", "--format", "xlsx", SSHD).exit());
        assertEquals(2, Cli.run("campaign", SSHD).exit());
        assertEquals(2, Cli.run("timeline", "--bucket", "week", SSHD).exit());
    }

    @Test
    void nothingReadableExitsWithOne() {
        Cli cli = Cli.run("hosts", "/nonexistent/spamd");
        assertEquals(1, cli.exit());
        assertTrue(cli.err().contains("/nonexistent/spamd"), cli.err());
    }

    @Test
    void helpDocumentsEveryCommandAndSaysCountryNeedsEnrichment() {
        Cli top = Cli.run("--help");
        for (String command : new String[] {"events", "hosts", "users", "pairs", "targets", "subjects", "timeline",
                "trapcounts", "counts", "campaign", "harvest"}) {
            assertTrue(top.out().contains(command), command);
            Cli help = Cli.run(command, "--help");
            assertEquals(0, help.exit());
            assertTrue(help.out().contains("Usage:"), command);
        }
        String hosts = Cli.run("hosts", "--help").out().replaceAll("\\s+", " ");
        assertTrue(hosts.contains("--country") && hosts.contains("Needs enrichment data"), hosts);
    }
}
