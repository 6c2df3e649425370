package org.trapscope.analysis;

/**
 * How a count over many events is split into consecutive pieces, one per core, each counted
 * into arrays of its own and then added up.
 */
final class Pieces {
    /** Each piece holds arrays for every host or group: more pieces than this cost more memory than they save. */
    private static final int MOST = 4;

    private Pieces() {
    }

    /** One piece below {@code parallelFrom} events (one core is quicker there), else one per core. */
    static int of(int events, int parallelFrom) {
        return events < parallelFrom ? 1 : Math.min(MOST, Runtime.getRuntime().availableProcessors());
    }

    /** Where piece {@code piece} of {@code pieces} begins among {@code size} positions; piece {@code pieces} is the end. */
    static int start(int piece, int pieces, int size) {
        return (int) ((long) size * piece / pieces);
    }
}
