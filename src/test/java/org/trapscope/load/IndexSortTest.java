package org.trapscope.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {
    @Test
    void sortedInputNeedsNoOrder() {
        assertNull(IndexSort.sortedOrder(new long[] {1, 1, 2, 5, 9}, 5));
    }

    @Test
    void ordersStablyLikeAReferenceSort() {
        Random random = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(300);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = random.nextInt(20);
            }
            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingLong(i -> keys[i])).mapToInt(Integer::intValue).toArray();
            int[] actual = IndexSort.sortedOrder(keys, n);
            if (actual == null) {
                long[] copy = keys.clone();
                Arrays.sort(copy);
                assertArrayEquals(copy, keys);
            } else {
                assertArrayEquals(expected, actual);
            }
        }
    }
}
