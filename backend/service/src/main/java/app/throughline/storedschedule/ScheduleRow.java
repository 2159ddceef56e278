package app.throughline.storedschedule;

import java.time.LocalDateTime;
import java.util.UUID;

/** One task's computed schedule as stored. */
public record ScheduleRow(
        UUID taskId,
        LocalDateTime earlyStart,
        LocalDateTime earlyFinish,
        LocalDateTime lateStart,
        LocalDateTime lateFinish,
        int totalFloat,
        int freeFloat,
        boolean critical,
        String driverKind,
        UUID driverDependencyId,
        UUID driverSummaryId,
        boolean constraintConflict,
        LocalDateTime baselineStart,
        LocalDateTime baselineFinish,
        Integer startVariance,
        Integer finishVariance,
        int levelingDelay) {

    public TaskScheduleView view(int minutesPerDay) {
        return new TaskScheduleView(
                taskId,
                earlyStart,
                earlyFinish,
                lateStart,
                lateFinish,
                ScheduleDays.of(totalFloat, minutesPerDay),
                ScheduleDays.of(freeFloat, minutesPerDay),
                critical,
                new DriverView(driverKind, driverDependencyId, driverSummaryId),
                constraintConflict,
                baselineStart,
                baselineFinish,
                startVariance == null ? null : ScheduleDays.of(startVariance, minutesPerDay),
                finishVariance == null ? null : ScheduleDays.of(finishVariance, minutesPerDay),
                ScheduleDays.of(levelingDelay, minutesPerDay));
    }
}
