package org.trapscope.analysis;

import java.util.List;

/**
 * A campaign found by its text (workflow W1): the lines containing the text, every event of the
 * hosts that sent them, and the figures the analyst's summary gives.
 *
 * @param phrases     the texts searched for
 * @param lines       events whose text contains a phrase ({@code grep -c} counts these)
 * @param events      every event of the hosts that sent such a line
 * @param hosts       distinct hosts that sent such a line
 * @param sessions    distinct spamd sessions carrying the text: delivery attempts
 * @param targets     distinct targets in the events of those hosts
 * @param trapTargets how many of those targets are spamtraps
 * @param firstSeen   first line containing a phrase, epoch ms (Long.MIN_VALUE: none)
 * @param lastSeen    last line containing a phrase, epoch ms (Long.MIN_VALUE: none)
 */
public record Campaign(List<String> phrases, EventSelection lines, EventSelection events, int hosts, int sessions,
                       int targets, int trapTargets, long firstSeen, long lastSeen) {

    public static Campaign find(FilterEngine engine, List<String> phrases) {
        return find(engine, phrases, Filter.NONE);
    }

    /**
     * The campaign within the events the other conditions select (a time range, an address
     * block, a country ...): the lines and the hosts' events are those that also pass
     * {@code narrowing}. The senders are every host that sent the text, as for a campaign filter.
     */
    public static Campaign find(FilterEngine engine, List<String> phrases, Filter narrowing) {
        DatasetIndex index = engine.index();
        Filter.Builder linesFilter = narrowing.toBuilder();
        Filter.Builder hostsFilter = narrowing.toBuilder();
        for (String p : phrases) {
            linesFilter.phrase(p);
            hostsFilter.campaign(p);
        }
        EventSelection lines = engine.select(linesFilter.build());
        EventSelection events = engine.select(hostsFilter.build());
        Counts lineCounts = Counts.of(index, lines);
        boolean[] seen = new boolean[index.targetCount()];
        int targets = 0;
        int traps = 0;
        for (int i = 0, n = events.size(); i < n; i++) {
            int e = events.event(i);
            int t = index.target(e);
            if (t >= 0 && !seen[t]) {
                seen[t] = true;
                targets++;
                if (index.isTrapTarget(t)) {
                    traps++;
                }
            }
        }
        long first = lines.size() == 0 ? Long.MIN_VALUE : index.store().time(lines.event(0));
        long last = lines.size() == 0 ? Long.MIN_VALUE : index.store().time(lines.event(lines.size() - 1));
        return new Campaign(List.copyOf(phrases), lines, events, lineCounts.hosts(), lineCounts.sessions(), targets,
                traps, first, last);
    }
}
