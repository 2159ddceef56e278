package app.throughline.storedschedule;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Driver", description = "What fixed the task's early start")
public record DriverView(
        @Schema(
                description =
                        "project_start, dependency, constraint, actual, status_date or leveling_delay (the task's levelling "
                                + "delay, added after the dependency in dependencyId when there is one)",
                example = "dependency")
        String kind,

        @Schema(description = "The driving dependency, when kind is dependency (or leveling_delay after one)")
        UUID dependencyId,

        @Schema(description = "The summary task whose dependency or constraint was inherited")
        UUID viaSummaryTaskId) {}
