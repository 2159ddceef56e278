package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummaryAndMilestoneRulesTest {

    private static final int DAY = 480;

    @Test
    void shouldRollUpSummaryFromEarliestStartToLatestFinishOfChildren() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int s = b.addTask(0);
        int a = b.addTask(2 * DAY);
        int c = b.addTask(3 * DAY);
        b.parent(a, s).parent(c, s);
        b.addDependency(a, c, DependencyType.FS, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(MONDAY, r.earlyStart(s));
        assertEquals(june(6, 17), r.earlyFinish(s));
        assertEquals(0, r.totalFloat(s));
    }

    @Test
    void shouldPassSummaryPredecessorToAllDescendants() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int p = b.addTask(2 * DAY);
        int s = b.addTask(0);
        int a = b.addTask(DAY);
        int inner = b.addTask(0);
        int c = b.addTask(DAY);
        b.parent(a, s).parent(inner, s).parent(c, inner);
        int d = b.addDependency(p, s, DependencyType.FS, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(4, 8), r.earlyStart(a));
        assertEquals(june(4, 8), r.earlyStart(c));
        assertEquals(new Driver(DriverKind.DEPENDENCY, d, s), r.driver(c));
    }

    @Test
    void shouldStartSummarySuccessorWhenLastChildFinishes() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int s = b.addTask(0);
        int a = b.addTask(DAY);
        int c = b.addTask(3 * DAY);
        b.parent(a, s).parent(c, s);
        int q = b.addTask(DAY);
        b.addDependency(s, q, DependencyType.FS, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(5, 8), r.earlyStart(q));
        assertEquals(2 * DAY, r.totalFloat(a));
        assertArrayEquals(new int[] {c, q}, r.criticalPath());
    }

    @Test
    void shouldRefuseDependencyFromSummaryToItsOwnChild() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int s = b.addTask(0);
        int a = b.addTask(DAY);
        b.parent(a, s);
        b.addDependency(s, a, DependencyType.FS, 0);
        CycleDetectedException e =
                assertThrows(CycleDetectedException.class, () -> CriticalPathScheduler.schedule(b.build()));
        assertArrayEquals(new int[] {s, a}, sorted(e.taskIndexes()));
    }

    @Test
    void shouldScheduleMilestoneAtTheFinishOfItsPredecessor() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(DAY);
        int m = b.addTask(0);
        int q = b.addTask(DAY);
        b.addDependency(a, m, DependencyType.FS, 0);
        b.addDependency(m, q, DependencyType.FS, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(2, 17), r.earlyStart(m));
        assertEquals(june(2, 17), r.earlyFinish(m));
        assertEquals(june(3, 8), r.earlyStart(q));
        assertEquals(june(3, 8), r.lateStart(m));
    }

    @Test
    void shouldPlaceMilestoneWithoutPredecessorsAtProjectStart() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int m = b.addTask(0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(MONDAY, r.earlyStart(m));
        assertEquals(MONDAY, r.projectFinish());
    }

    @Test
    void shouldFinishProjectWithLastMilestoneAndMakeItCritical() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(2 * DAY);
        int m = b.addTask(0);
        b.addDependency(a, m, DependencyType.FS, 0);
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(june(3, 17), r.projectFinish());
        assertEquals(true, r.isCritical(m));
        assertArrayEquals(new int[] {a, m}, r.criticalPath());
    }

    private static int[] sorted(int[] a) {
        int[] c = a.clone();
        java.util.Arrays.sort(c);
        return c;
    }
}
