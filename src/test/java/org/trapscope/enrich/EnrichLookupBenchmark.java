package org.trapscope.enrich;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Times offline enrichment of 250,000 distinct addresses (90 % IPv4, 10 % IPv6 from 2000::/3)
 * with the bundled data: loading, the bulk path five times (the first includes JIT warm-up), and
 * single lookups on one thread. Not a unit test (surefire excludes *Benchmark*); run with
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.trapscope.enrich.EnrichLookupBenchmark
 * </pre>
 */
public final class EnrichLookupBenchmark {
    private static final int ADDRESSES = 250_000;

    private EnrichLookupBenchmark() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        Enricher enricher = Enricher.builder().build();
        System.out.printf("load bundled snapshot: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        long[][] addresses = distinctAddresses(new Random(42));
        int known = 0;
        for (int round = 1; round <= 5; round++) {
            long begin = System.nanoTime();
            Enrichment[] answers = enricher.lookupAll(addresses[0], addresses[1]);
            long nanos = System.nanoTime() - begin;
            known = 0;
            for (Enrichment answer : answers) {
                known += answer.country() != null ? 1 : 0;
            }
            System.out.printf("round %d: %,d addresses in %d ms (%.0f ns each)%n",
                    round, answers.length, nanos / 1_000_000, (double) nanos / answers.length);
        }
        System.out.printf("with a country: %,d of %,d%n", known, ADDRESSES);

        // One thread, one address at a time: the latency of a single lookup once warmed up.
        long begin = System.nanoTime();
        for (int i = 0; i < ADDRESSES; i++) {
            known += enricher.lookup(addresses[0][i], addresses[1][i]).asn() > 0 ? 1 : 0;
        }
        long nanos = System.nanoTime() - begin;
        System.out.printf("single thread: %.0f ns per lookup (%d)%n", (double) nanos / ADDRESSES, known);
    }

    private static long[][] distinctAddresses(Random random) {
        Set<String> seen = new HashSet<>();
        long[] hi = new long[ADDRESSES];
        long[] lo = new long[ADDRESSES];
        int n = 0;
        while (n < ADDRESSES) {
            boolean v4 = random.nextInt(10) < 9;
            long h = v4 ? 0 : (0x2000_0000_0000_0000L | (random.nextLong() >>> 3));
            long l = v4 ? IpNumbers.v4(random.nextInt()) : random.nextLong();
            if (seen.add(h + ":" + l)) {
                hi[n] = h;
                lo[n] = l;
                n++;
            }
        }
        return new long[][] {hi, lo};
    }
}
