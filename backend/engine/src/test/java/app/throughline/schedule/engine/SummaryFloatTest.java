package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A summary is as urgent as its most urgent unfinished child. */
class SummaryFloatTest {

    private static final int DAY = 480;

    /**
     * p (2 d) → c2 (1 d) → q (2 d) is the critical chain; c1 (1 d) sits beside it. The summary
     * {c1, c2} spans days 1..3 and its own span would leave it 2 days of float; its child c2 has none.
     */
    private static ScheduleInputBuilder network() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int summary = b.addTask(0);
        int c1 = b.addTask(DAY);
        int c2 = b.addTask(DAY);
        b.parent(c1, summary);
        b.parent(c2, summary);
        int p = b.addTask(2 * DAY);
        int q = b.addTask(2 * DAY);
        b.addDependency(p, c2, DependencyType.FS, 0);
        b.addDependency(c2, q, DependencyType.FS, 0);
        return b;
    }

    @Test
    void shouldTakeTheLeastFloatOfItsChildren() {
        ScheduleResult r = CriticalPathScheduler.schedule(network().build());
        assertEquals(4 * DAY, r.totalFloat(1));
        assertEquals(0, r.totalFloat(2));
        assertEquals(0, r.totalFloat(0));
        assertTrue(r.isCritical(0));
    }

    @Test
    void shouldIgnoreFinishedChildren() {
        ScheduleInputBuilder b = network();
        b.actualStart(2, MONDAY.plusDays(2));
        b.actualFinish(2, MONDAY.plusDays(2).withHour(17));
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(r.totalFloat(1), r.totalFloat(0));
        assertFalse(r.isCritical(2));
    }

    @Test
    void shouldMeasureItsOwnSpanUnderMsProjectRules() {
        ScheduleResult r = CriticalPathScheduler.schedule(
                network().summaryFloatFromChildren(false).build());
        assertEquals(2 * DAY, r.totalFloat(0));
    }
}
