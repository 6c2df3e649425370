package org.trapscope.traps;

/**
 * The samples of a trap-count file (how many addresses were trapped, hour by hour) in file order.
 * Arrays rather than objects: years of hourly samples are plotted as they are.
 */
public final class TrapCountSeries {

    private final long[] epochMillis;
    private final int[] counts;
    private final String[] zoneTexts;

    TrapCountSeries(long[] epochMillis, int[] counts, String[] zoneTexts) {
        if (epochMillis.length != counts.length || counts.length != zoneTexts.length) {
            throw new IllegalArgumentException("series arrays differ in length");
        }
        this.epochMillis = epochMillis.clone();
        this.counts = counts.clone();
        this.zoneTexts = zoneTexts.clone();
    }

    public int size() {
        return counts.length;
    }

    /** When sample {@code i} was taken, in milliseconds since the epoch. */
    public long epochMillis(int i) {
        return epochMillis[i];
    }

    /** The count of sample {@code i}. */
    public int count(int i) {
        return counts[i];
    }

    /** The zone of sample {@code i} as the file spelled it ("CET", "+0100"), or null if it had none. */
    public String zoneText(int i) {
        return zoneTexts[i];
    }

    /** A copy of all sample times. */
    public long[] epochMillis() {
        return epochMillis.clone();
    }

    /** A copy of all counts. */
    public int[] counts() {
        return counts.clone();
    }
}
