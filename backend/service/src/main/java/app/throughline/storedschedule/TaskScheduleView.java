package app.throughline.storedschedule;

import java.time.LocalDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskSchedule")
public record TaskScheduleView(
        UUID taskId,
        @Schema(example = "2026-12-03T08:00:00") LocalDateTime earlyStart,
        @Schema(example = "2026-12-09T17:00:00") LocalDateTime earlyFinish,
        @Schema(example = "2026-12-07T08:00:00") LocalDateTime lateStart,
        @Schema(example = "2026-12-11T17:00:00") LocalDateTime lateFinish,

        @Schema(description = "Working days; negative when a deadline or constraint is missed", example = "2")
        double totalFloatDays,

        @Schema(example = "0") double freeFloatDays,
        boolean critical,
        DriverView driver,

        @Schema(description = "A date constraint contradicts the dependencies (the constraint wins)")
        boolean constraintConflict,

        LocalDateTime baselineStart,
        LocalDateTime baselineFinish,

        @Schema(description = "Working days later (+) or earlier (−) than the baseline")
        Double startVarianceDays,

        Double finishVarianceDays,

        @Schema(
                description =
                        "Working days levelling delays the start after what drives it (MS Project's Leveling Delay); "
                                + "0 when not levelled. `DELETE /projects/{id}/leveling` clears it",
                example = "0")
        double levelingDelayDays) {}
