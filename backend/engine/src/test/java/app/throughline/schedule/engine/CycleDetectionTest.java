package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CycleDetectionTest {

    @Test
    void shouldNameTheTasksOnACycleInDependencyOrder() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int outside = b.addTask(480);
        int a = b.addTask(480);
        int c = b.addTask(480);
        int d = b.addTask(480);
        b.addDependency(outside, a, DependencyType.FS, 0);
        b.addDependency(a, c, DependencyType.FS, 0);
        b.addDependency(c, d, DependencyType.SS, 0);
        b.addDependency(d, a, DependencyType.FF, 0);
        CycleDetectedException e =
                assertThrows(CycleDetectedException.class, () -> CriticalPathScheduler.schedule(b.build()));
        int[] cycle = e.taskIndexes();
        assertEquals(3, cycle.length);
        int first = Arrays.stream(cycle).boxed().toList().indexOf(a);
        assertArrayEquals(
                new int[] {a, c, d}, new int[] {cycle[first], cycle[(first + 1) % 3], cycle[(first + 2) % 3]});
    }

    @Test
    void shouldRefuseDependencyOfTaskOnItself() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(480);
        CycleDetectedException e =
                assertThrows(CycleDetectedException.class, () -> b.addDependency(a, a, DependencyType.FS, 0));
        assertArrayEquals(new int[] {a}, e.taskIndexes());
    }

    @Test
    void shouldReportLongCycleWithoutStackOverflow() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            b.addTask(1);
        }
        for (int i = 1; i < n; i++) {
            b.addDependency(i - 1, i, DependencyType.FS, 0);
        }
        b.addDependency(n - 1, 0, DependencyType.FS, 0);
        int[] cycle = CriticalPathScheduler.findCycle(b.build());
        assertEquals(n, cycle.length);
    }

    @Test
    void shouldScheduleLongChainWithoutStackOverflow() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            b.addTask(1);
        }
        for (int i = 1; i < n; i++) {
            b.addDependency(i - 1, i, DependencyType.FS, 0);
        }
        ScheduleResult r = CriticalPathScheduler.schedule(b.build());
        assertEquals(n, r.criticalPath().length);
        assertEquals(0, CriticalPathScheduler.findCycle(b.build()).length);
    }

    @Test
    void shouldReportCycleThroughParentHierarchy() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int s = b.addTask(0);
        int a = b.addTask(480);
        int q = b.addTask(480);
        b.parent(a, s);
        b.addDependency(s, q, DependencyType.FS, 0);
        b.addDependency(q, a, DependencyType.FS, 0);
        CycleDetectedException e =
                assertThrows(CycleDetectedException.class, () -> CriticalPathScheduler.schedule(b.build()));
        int[] tasks = e.taskIndexes().clone();
        Arrays.sort(tasks);
        assertArrayEquals(new int[] {s, a, q}, tasks);
    }
}
