package org.trapscope.enrich.online;

import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps queries polite: a minimum gap between two queries to one server and between any two
 * queries at all, and after a refusal (HTTP 429, a WHOIS denial) a cool-off for that server,
 * as long as it asked for (Retry-After) or doubling from 2 s with some jitter, at most 10 min.
 */
public final class ServerPacer {
    private static final String ANY_SERVER = "";
    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(10);

    private final Duration perServerGap;
    private final Duration globalGap;
    private final Clock clock;
    private final Map<String, Instant> nextAllowed = new HashMap<>();
    private final Map<String, Integer> refusals = new HashMap<>();

    public ServerPacer(Duration perServerGap, Duration globalGap, Clock clock) {
        this.perServerGap = perServerGap;
        this.globalGap = globalGap;
        this.clock = clock;
    }

    /** Waits until the server may be asked, then books the slot. */
    public void await(String server) throws InterruptedIOException {
        while (true) {
            Duration wait;
            synchronized (this) {
                Instant now = clock.instant();
                Instant allowed = later(nextAllowed.getOrDefault(server, now), nextAllowed.getOrDefault(ANY_SERVER, now));
                if (!allowed.isAfter(now)) {
                    nextAllowed.put(server, now.plus(perServerGap));
                    nextAllowed.put(ANY_SERVER, now.plus(globalGap));
                    return;
                }
                wait = Duration.between(now, allowed);
            }
            try {
                Thread.sleep(Math.max(1, wait.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("waiting for " + server + " was cancelled");
            }
        }
    }

    /** The server refused: keep away for what it asked, or for an exponentially growing time. */
    public synchronized Duration refused(String server, Duration retryAfter) {
        int count = refusals.merge(server, 1, Integer::sum);
        Duration pause = retryAfter;
        if (pause == null) {
            long seconds = 2L << Math.min(count - 1, 16);
            pause = Duration.ofSeconds(seconds).plusMillis(ThreadLocalRandom.current().nextLong(1000));
        }
        if (pause.compareTo(LONGEST_BACKOFF) > 0) {
            pause = LONGEST_BACKOFF;
        }
        nextAllowed.put(server, clock.instant().plus(pause));
        return pause;
    }

    public synchronized void answered(String server) {
        refusals.remove(server);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
