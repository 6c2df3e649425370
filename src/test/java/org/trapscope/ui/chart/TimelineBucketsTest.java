package org.trapscope.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trapscope.analysis.EventSelection;
import org.trapscope.load.Dataset;
import org.trapscope.store.EventStore;
import org.trapscope.ui.main.SampleFixture;

class TimelineBucketsTest {
    @TempDir
    Path temp;

    @Test
    void everyEventWithATimeIsCountedOnceInItsSlotAndKindGroup() {
        Dataset dataset = SampleFixture.dataset(temp);
        EventStore store = dataset.events();

        TimelineBuckets buckets = TimelineBuckets.of(store, EventSelection.all(store.size()), BucketWidth.HOUR, 1500);

        assertEquals(Duration.ofHours(1).toMillis(), buckets.width());
        assertEquals(0, buckets.start() % buckets.width());
        long sum = 0;
        for (int slot = 0; slot < buckets.size(); slot++) {
            sum += buckets.total(slot);
        }
        assertEquals(store.size(), sum);
        int e = store.size() / 2;
        int slot = buckets.slotAt(store.time(e));
        assertTrue(buckets.counts()[KindGroup.of(store.kind(e)).ordinal()][slot] > 0);
        assertTrue(buckets.size() <= 4 * 24 + 1, "four days of hours: " + buckets.size());
    }

    @Test
    void aWidthThatWouldMakeTooManySlotsFallsBackToACoarserOne() {
        long fourDays = Duration.ofDays(4).toMillis();
        assertEquals(Duration.ofMinutes(15).toMillis(), BucketWidth.MINUTE.millisFor(fourDays, 1500));
        assertEquals(Duration.ofMinutes(15).toMillis(), BucketWidth.AUTO.millisFor(fourDays, 1500));
        assertEquals(Duration.ofMinutes(1).toMillis(), BucketWidth.MINUTE.millisFor(Duration.ofHours(20).toMillis(), 1500));
        assertEquals(Duration.ofDays(1).toMillis(), BucketWidth.DAY.millisFor(fourDays, 1500));
    }
}
