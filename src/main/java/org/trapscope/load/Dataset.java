package org.trapscope.load;

import java.nio.file.Path;
import java.util.List;
import org.trapscope.source.InputKind;
import org.trapscope.store.EventStore;
import org.trapscope.store.IpAddress;
import org.trapscope.traps.SpamdbDump;
import org.trapscope.traps.SpamtrapSet;
import org.trapscope.traps.TrapCountSeries;

/**
 * Everything opened together: the time-ordered events of the logs, the spamtraps (from spamdb
 * dumps and trap lists), the hosts a spamdb dump marks TRAPPED, the hourly trapped-host counts
 * and the problems met while reading. Immutable.
 */
public final class Dataset {
    /** One opened file and what it was recognised as. */
    public record Input(Path path, InputKind kind) {
    }

    private final List<Input> inputs;
    private final EventStore events;
    private final SpamtrapSet spamtraps;
    private final List<SpamdbDump> spamdbDumps;
    private final List<TrapCountSeries> trapCounts;
    private final List<Problem> problems;
    private final boolean[] trappedByIp;
    private final int trappedCount;

    public Dataset(List<Input> inputs, EventStore events, SpamtrapSet spamtraps, List<SpamdbDump> spamdbDumps,
                   List<TrapCountSeries> trapCounts, List<Problem> problems) {
        this.inputs = List.copyOf(inputs);
        this.events = events;
        this.spamtraps = spamtraps;
        this.spamdbDumps = List.copyOf(spamdbDumps);
        this.trapCounts = List.copyOf(trapCounts);
        this.problems = List.copyOf(problems);
        this.trappedByIp = new boolean[events.ips().size()];
        long[] address = new long[2];
        int trapped = 0;
        for (SpamdbDump dump : spamdbDumps) {
            for (var host : dump.trapped()) {
                trapped++;
                if (IpAddress.parse(host.ip(), address)) {
                    int id = events.ips().find(address[0], address[1]);
                    if (id >= 0) {
                        trappedByIp[id] = true;
                    }
                }
            }
        }
        this.trappedCount = trapped;
    }

    public static Dataset empty() {
        return new Dataset(List.of(), EventStore.empty(), SpamtrapSet.empty(), List.of(), List.of(), List.of());
    }

    public List<Input> inputs() {
        return inputs;
    }

    public EventStore events() {
        return events;
    }

    /** Spamtrap addresses from every opened spamdb dump and trap list. */
    public SpamtrapSet spamtraps() {
        return spamtraps;
    }

    /** Whether spamtrap membership is known at all (a dump or list was opened). */
    public boolean hasSpamtraps() {
        return spamtraps.size() > 0;
    }

    public List<SpamdbDump> spamdbDumps() {
        return spamdbDumps;
    }

    /** Whether the address with this id is TRAPPED in an opened spamdb dump. */
    public boolean isTrapped(int ipId) {
        return ipId >= 0 && ipId < trappedByIp.length && trappedByIp[ipId];
    }

    /** TRAPPED records in the opened dumps, as {@code spamdb | grep -c TRAPPED} counts them. */
    public int trappedCount() {
        return trappedCount;
    }

    public List<TrapCountSeries> trapCounts() {
        return trapCounts;
    }

    public List<Problem> problems() {
        return problems;
    }
}
