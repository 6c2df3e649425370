package org.trapscope.ui;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;

/**
 * Measures how smooth the FX application thread is: an animation timer asks for a pulse every
 * frame, so the longest gap between two pulses is the longest time the window could not repaint
 * or react. While a pulse is overdue a sampler thread records what the FX thread is doing, which
 * names the code behind each stall. Garbage-collection time is counted too, since a collection
 * stops the FX thread like any other work.
 */
final class FxStallMonitor {
    /** A pulse this late counts as a stall worth sampling (60 Hz pulses come every 16.7 ms). */
    private static final long OVERDUE_NANOS = 50_000_000L;
    private static final long SAMPLE_MILLIS = 10;

    private final Thread fxThread;
    private final AtomicLong lastPulse = new AtomicLong(System.nanoTime());
    private final AtomicLong longestGap = new AtomicLong();
    private final Map<String, Integer> stallFrames = new HashMap<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            long current = System.nanoTime();
            longestGap.accumulateAndGet(current - lastPulse.getAndSet(current), Math::max);
        }
    };
    private long gcAtStart;
    private volatile boolean running = true;

    /** Call on the FX thread. */
    FxStallMonitor() {
        fxThread = Thread.currentThread();
        timer.start();
        Thread sampler = new Thread(this::sample, "fx-stall-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts a new step: forgets the longest gap, the samples and the collection time so far. */
    synchronized void reset() {
        lastPulse.set(System.nanoTime());
        longestGap.set(0);
        stallFrames.clear();
        gcAtStart = gcMillis();
    }

    /** The longest pulse gap since {@link #reset}, including a pulse still overdue now. */
    long longestStallMillis() {
        long overdue = System.nanoTime() - lastPulse.get();
        return Math.max(longestGap.get(), overdue) / 1_000_000;
    }

    long gcMillisSinceReset() {
        return gcMillis() - gcAtStart;
    }

    /** The code most often seen on the FX thread while a pulse was overdue, most samples first. */
    synchronized List<String> stallCulprits(int limit) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(stallFrames.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, entries.size()); i++) {
            top.add(entries.get(i).getValue() * SAMPLE_MILLIS + " ms " + entries.get(i).getKey());
        }
        return top;
    }

    void stop() {
        running = false;
        timer.stop();
    }

    private void sample() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (System.nanoTime() - lastPulse.get() > OVERDUE_NANOS) {
                String where = describe(fxThread.getStackTrace());
                synchronized (this) {
                    stallFrames.merge(where, 1, Integer::sum);
                }
            }
        }
    }

    /** The innermost frame and the innermost frames of our own code, which say who asked for the work. */
    private static String describe(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "(no stack)";
        }
        StringBuilder sb = new StringBuilder(shortName(stack[0]));
        int ours = 0;
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("org.trapscope.") && ours++ < 3) {
                sb.append(" < ").append(shortName(frame));
            }
        }
        return sb.toString();
    }

    private static String shortName(StackTraceElement frame) {
        String type = frame.getClassName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":" + frame.getLineNumber();
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
