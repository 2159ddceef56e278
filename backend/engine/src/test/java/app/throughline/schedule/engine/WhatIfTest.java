package app.throughline.schedule.engine;

import static app.throughline.schedule.engine.Dates.MONDAY;
import static app.throughline.schedule.engine.Dates.june;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhatIfTest {

    @Test
    void shouldScheduleAChangedCopyWithoutTouchingTheOriginal() {
        ScheduleInputBuilder b = ScheduleInput.builder(MONDAY);
        int a = b.addTask(480);
        int c = b.addTask(480);
        int d = b.addDependency(a, c, DependencyType.FS, 0);
        ScheduleInput original = b.build();
        ScheduleInput whatIf =
                original.toBuilder().duration(a, 3 * 480).lag(d, 480).build();
        ScheduleResult before = CriticalPathScheduler.schedule(original);
        ScheduleResult after = CriticalPathScheduler.schedule(whatIf);
        assertEquals(june(3, 17), before.projectFinish());
        assertEquals(june(6, 17), after.projectFinish());
        assertEquals(480, original.duration(a));
    }
}
