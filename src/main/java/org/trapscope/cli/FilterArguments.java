package org.trapscope.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.trapscope.analysis.Filter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The filter options every report shares; they combine (all must hold, repeated ones: any of). */
final class FilterArguments {
    @Option(names = "--phrase", paramLabel = "TEXT",
            description = "Events whose text (subject, body, header, envelope address, user name, or the raw line "
                    + "of other events) contains TEXT, ignoring case. Repeatable: any of.")
    List<String> phrases = new ArrayList<>();

    @Option(names = "--campaign", paramLabel = "TEXT",
            description = "All events of every host that sent a line containing TEXT (ignoring case), matched "
                    + "by exact address, not substring. Repeatable: any of.")
    List<String> campaigns = new ArrayList<>();

    @Mixin
    NarrowingArguments narrowing = new NarrowingArguments();

    Filter toFilter(ZoneId zone) {
        Filter.Builder b = narrowing.toBuilder(zone);
        phrases.forEach(b::phrase);
        campaigns.forEach(b::campaign);
        return b.build();
    }
}
