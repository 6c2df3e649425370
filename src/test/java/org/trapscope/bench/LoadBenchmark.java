package org.trapscope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trapscope.load.Dataset;
import org.trapscope.load.DatasetLoader;
import org.trapscope.load.LoadOptions;

/**
 * Times loading the given files into a dataset and measures the heap the store keeps.
 * Run through {@code src/test/bench/load-benchmark.sh}; not a unit test (excluded by name).
 *
 * <pre>LoadBenchmark RUNS FILE...</pre>
 */
public final class LoadBenchmark {
    /** Holds the loaded dataset in a field so the heap measurement cannot see it collected early. */
    private static Dataset retained;

    private LoadBenchmark() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        LoadOptions options = LoadOptions.defaults();
        double best = Double.MAX_VALUE;
        Dataset kept = null;
        for (int run = 0; run <= runs; run++) {
            kept = null;
            System.gc();
            long start = System.nanoTime();
            Dataset dataset = new DatasetLoader(options).load(files);
            double seconds = (System.nanoTime() - start) / 1e9;
            String label = run == 0 ? "warm-up" : "run " + run;
            System.out.printf(Locale.ROOT, "%-8s load %.2f s, %,d events%n", label, seconds,
                    dataset.events().size());
            if (run > 0) {
                best = Math.min(best, seconds);
            }
            kept = dataset;
        }
        long lines = kept.events().files().stream().mapToLong(f -> f.lines()).sum();
        int events = kept.events().size();
        retained = kept;
        kept = null;
        long used = usedHeapAfterGc();
        retained = null;
        long without = usedHeapAfterGc();
        long storeBytes = used - without;
        System.out.printf(Locale.ROOT, "best load %.2f s on %d cores; %,d lines, %,d events%n", best,
                options.threads(), lines, events);
        System.out.printf(Locale.ROOT, "store heap %,d MB = %.1f bytes per line%n", storeBytes >> 20,
                storeBytes / (double) lines);
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
