package org.trapscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistinctHostsTest {
    @ParameterizedTest
    @CsvSource({"100, 1000", "20000, 20000"})
    void countsEachPairOnceWithBitsOrWithASet(int keys, int hosts) {
        DistinctHosts distinct = new DistinctHosts(keys, hosts);
        Set<List<Integer>> seen = new HashSet<>();
        Random random = new Random(keys);
        for (int i = 0; i < 20_000; i++) {
            int key = random.nextInt(Math.min(keys, 50));
            int host = random.nextInt(Math.min(hosts, 200));
            assertEquals(seen.add(List.of(key, host)), distinct.add(key, host));
        }
    }
}
