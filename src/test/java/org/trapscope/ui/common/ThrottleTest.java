package org.trapscope.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ThrottleTest {
    @Test
    void aBurstOfRequestsRunsTheActionOnceAndALaterRequestAgain() {
        List<Runnable> background = new ArrayList<>();
        AtomicInteger runs = new AtomicInteger();
        Throttle throttle = new Throttle(new Workers(background::add, Runnable::run, 0), 0, runs::incrementAndGet);

        throttle.request();
        throttle.request();
        throttle.request();
        assertEquals(1, background.size());
        background.remove(0).run();
        assertEquals(1, runs.get());

        throttle.request();
        assertEquals(1, background.size());
        background.remove(0).run();
        assertEquals(2, runs.get());
    }
}
