package app.throughline.schedule;

import app.throughline.dependency.CycleDetected;
import app.throughline.schedule.PlanLoader.Plan;
import app.throughline.schedule.engine.CriticalPathScheduler;
import app.throughline.schedule.engine.CycleDetectedException;
import app.throughline.schedule.engine.Driver;
import app.throughline.schedule.engine.DriverKind;
import app.throughline.schedule.engine.ScheduleInput;
import app.throughline.schedule.engine.ScheduleResult;
import app.throughline.storedschedule.ScheduleRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Runs the engine on a loaded plan and maps its indexes back to ids. */
final class ScheduleComputation {

    /** Baseline dates of a task, in the project calendar. */
    record Baseline(LocalDateTime start, LocalDateTime finish) {}

    private ScheduleComputation() {}

    static ScheduleResult run(Plan plan, ScheduleInput input) {
        try {
            return CriticalPathScheduler.schedule(input);
        } catch (CycleDetectedException e) {
            List<UUID> cycle =
                    Arrays.stream(e.taskIndexes()).mapToObj(plan.taskIds()::get).toList();
            throw new CycleDetected(
                    cycle,
                    "The plan has a dependency cycle (through summary tasks) over " + cycle.size()
                            + " tasks; see `cycle`");
        }
    }

    /** Stored rows for the project's own tasks (stand-ins for other projects' tasks are left out). */
    static List<ScheduleRow> rows(Plan plan, ScheduleResult result, Map<UUID, Baseline> baselines) {
        List<ScheduleRow> rows = new ArrayList<>(plan.ownTasks());
        for (int i = 0; i < plan.ownTasks(); i++) {
            UUID id = plan.taskIds().get(i);
            Driver driver = result.driver(i);
            Baseline baseline = baselines.get(id);
            Integer startVariance = null;
            Integer finishVariance = null;
            if (baseline != null) {
                startVariance = signedWorkingMinutes(plan, baseline.start(), result.earlyStart(i));
                finishVariance = signedWorkingMinutes(plan, baseline.finish(), result.earlyFinish(i));
            }
            rows.add(new ScheduleRow(
                    id,
                    result.earlyStart(i),
                    result.earlyFinish(i),
                    result.lateStart(i),
                    result.lateFinish(i),
                    result.totalFloat(i),
                    result.freeFloat(i),
                    result.isCritical(i),
                    driverKind(driver.kind()),
                    driver.dependency() >= 0 ? plan.dependencyIds()[driver.dependency()] : null,
                    driver.viaSummary() >= 0 ? plan.taskIds().get(driver.viaSummary()) : null,
                    result.hasConstraintConflict(i),
                    baseline == null ? null : baseline.start(),
                    baseline == null ? null : baseline.finish(),
                    startVariance,
                    finishVariance,
                    result.input().levelingDelay(i)));
        }
        return rows;
    }

    static String driverKind(DriverKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static List<UUID> criticalPath(Plan plan, ScheduleResult result) {
        return Arrays.stream(result.criticalPath())
                .filter(i -> i < plan.ownTasks())
                .mapToObj(plan.taskIds()::get)
                .toList();
    }

    /** The tasks that set the finish, first task of each chain first (stand-ins for other projects left out). */
    static List<UUID> drivingPath(Plan plan, ScheduleResult result) {
        return Arrays.stream(result.drivingPath())
                .filter(i -> i < plan.ownTasks())
                .mapToObj(plan.taskIds()::get)
                .toList();
    }

    /** The project's span: from the earliest early start to the latest early finish of its own tasks. */
    static LocalDateTime[] span(Plan plan, ScheduleResult result) {
        // compared in epoch minutes: only the two ends become dates
        int first = -1;
        int last = -1;
        for (int i = 0; i < plan.ownTasks(); i++) {
            if (first < 0 || result.earlyStartMinute(i) < result.earlyStartMinute(first)) {
                first = i;
            }
            if (last < 0 || result.earlyFinishMinute(i) > result.earlyFinishMinute(last)) {
                last = i;
            }
        }
        return first < 0
                ? new LocalDateTime[] {null, null}
                : new LocalDateTime[] {result.earlyStart(first), result.earlyFinish(last)};
    }

    private static int signedWorkingMinutes(Plan plan, LocalDateTime from, LocalDateTime to) {
        if (!to.isBefore(from)) {
            return plan.calendar().workingMinutesBetween(from, to);
        }
        return -plan.calendar().workingMinutesBetween(to, from);
    }
}
