package org.trapscope.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a report is written: format, order, length and destination. */
final class OutputArguments {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (aligned columns, the default), csv, tsv, xlsx (needs -o), pf (a pf table of the "
                    + "ip column: one address a line) or spamdb (`spamdb -T -a` lines of the address column).")
    String format = "text";

    @Option(names = "--sort", paramLabel = "COL[:desc],...",
            description = "Sort by these columns, each ascending or :desc; ties keep the previous order.")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N rows.")
    Integer limit;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output; the file is replaced in one step, so it is "
                    + "never left half written.")
    Path output;

    @Option(names = "--pf-networks",
            description = "With --format pf: write each host's network range (from enrichment) instead of its "
                    + "address where one is known.")
    boolean pfNetworks;
}
