package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistinctPerSessionTest {
    @Test
    void countsEachPairOnceWhateverTheOrder() {
        Random random = new Random(7);
        DistinctPerSession distinct = new DistinctPerSession(50);
        Set<List<Integer>> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            int session = random.nextInt(50);
            int key = random.nextInt(random.nextBoolean() ? 2 : 6);
            boolean expected = seen.add(new ArrayList<>(List.of(session, key)));
            assertEquals(expected, distinct.add(session, key), "step " + i);
        }
    }

    @Test
    void aKeyComingBackToASessionIsNotNew() {
        DistinctPerSession distinct = new DistinctPerSession(1);
        assertEquals(List.of(true, true, false, false, true),
                List.of(distinct.add(0, 7), distinct.add(0, 8), distinct.add(0, 7), distinct.add(0, 8),
                        distinct.add(0, 9)));
    }
}
