package org.trapscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupPlanTest {
    @Test
    void filesOnTheCommandLineAreOpenedWhateverHappenedBefore() {
        assertEquals(StartupPlan.OPEN_FILES, StartupPlan.decide(List.of(Path.of("spamd")), false));
        assertEquals(StartupPlan.OPEN_FILES, StartupPlan.decide(List.of(Path.of("spamd")), true));
    }

    @Test
    void theSampleOpensOnlyOnTheFirstStartWithoutFiles() {
        assertEquals(StartupPlan.OPEN_SAMPLE, StartupPlan.decide(List.of(), false));
        assertEquals(StartupPlan.NOTHING, StartupPlan.decide(List.of(), true));
    }
}
