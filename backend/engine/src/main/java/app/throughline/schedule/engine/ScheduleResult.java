package app.throughline.schedule.engine;

import java.time.LocalDateTime;

/**
 * The outcome of {@link CriticalPathScheduler#schedule}: per task (indexed like the input) its
 * early and late dates, total and free float, critical flag, constraint conflict flag and the
 * driver of its early start; for the project its finish and its critical (driving) path.
 *
 * <p>Floats are in working minutes of the task's calendar ({@link #totalFloatDays} divides by the
 * calendar's minutes per day). Immutable.
 */
public final class ScheduleResult {

    private final ScheduleInput input;
    private final ScheduleState state;
    private final boolean[] summary;
    private final int[] es;
    private final int[] ef;
    private final int[] lf;
    private final Drivers drivers;
    private final boolean[] lateAtStartEdge;
    private final boolean[] conflict;
    private final int[] totalFloat;
    private final int[] freeFloat;
    private final boolean[] critical;
    private final int[] criticalPath;
    private final int[] drivingPath;
    private final long projectFinish;

    ScheduleResult(ScheduleState s, FloatAnalysis floats) {
        state = s;
        input = s.in;
        summary = s.net.summary;
        es = s.es;
        ef = s.ef;
        lf = s.lf;
        drivers = s.drivers;
        lateAtStartEdge = s.lateAtStartEdge;
        conflict = s.conflict;
        totalFloat = floats.totalFloat;
        freeFloat = floats.freeFloat;
        critical = floats.critical;
        criticalPath = floats.criticalPath;
        drivingPath = floats.drivingPath;
        projectFinish = s.projectFinishInstant;
    }

    private WorkCalendar calendar(int task) {
        return state.calendars[state.nodeCalendar[task]];
    }

    private boolean milestone(int task) {
        return !summary[task] && state.duration[task] == 0;
    }

    /** Number of tasks (as in the input). */
    public int taskCount() {
        return input.taskCount;
    }

    /** The input this result was computed from. */
    public ScheduleInput input() {
        return input;
    }

    /** Earliest start. A milestone reached by a finish shows at that finish (e.g. 17:00, not 08:00 next day). */
    public LocalDateTime earlyStart(int task) {
        return WorkCalendar.dateTime(earlyStartMinute(task));
    }

    /** Earliest finish. */
    public LocalDateTime earlyFinish(int task) {
        return milestone(task) ? earlyStart(task) : calendar(task).finishDateTime(ef[task]);
    }

    /** Latest start that does not delay the project finish, a successor, a deadline or a constraint. */
    public LocalDateTime lateStart(int task) {
        return milestone(task) ? lateFinish(task) : calendar(task).startDateTime(state.reportedLateStart(task));
    }

    /** Latest finish that does not delay the project finish, a successor, a deadline or a constraint. */
    public LocalDateTime lateFinish(int task) {
        WorkCalendar c = calendar(task);
        return lateAtStartEdge[task] ? c.startDateTime(lf[task]) : c.finishDateTime(lf[task]);
    }

    /**
     * Scheduled start: the early start, except for an unstarted as-late-as-possible task, which is
     * pushed as late as it can go without delaying any successor (by its free float), as MS
     * Project does.
     */
    public LocalDateTime start(int task) {
        int shift = alapShift(task);
        if (shift == 0) {
            return earlyStart(task);
        }
        WorkCalendar c = calendar(task);
        return milestone(task) ? c.finishDateTime(es[task] + shift) : c.startDateTime(es[task] + shift);
    }

    /** Scheduled finish (see {@link #start(int)}). */
    public LocalDateTime finish(int task) {
        int shift = alapShift(task);
        return shift == 0 ? earlyFinish(task) : calendar(task).finishDateTime(ef[task] + shift);
    }

    /** Early start in epoch minutes (for bulk mapping without LocalDateTime). */
    public long earlyStartMinute(int task) {
        WorkCalendar c = calendar(task);
        return milestone(task) && drivers.startsAtFinishEdge(task)
                ? c.finishInstant(es[task])
                : c.startInstant(es[task]);
    }

    /** Early finish in epoch minutes. */
    public long earlyFinishMinute(int task) {
        return milestone(task) ? earlyStartMinute(task) : calendar(task).finishInstant(ef[task]);
    }

    /** Total float in working minutes of the task's calendar; negative when a deadline or constraint is missed. */
    public int totalFloat(int task) {
        return totalFloat[task];
    }

    /** Total float in working days of the task's calendar. */
    public double totalFloatDays(int task) {
        return (double) totalFloat[task] / calendar(task).minutesPerDay();
    }

    /** Free float in working minutes: how far the task can slip before it delays any successor. */
    public int freeFloat(int task) {
        return freeFloat[task];
    }

    /** Free float in working days of the task's calendar. */
    public double freeFloatDays(int task) {
        return (double) freeFloat[task] / calendar(task).minutesPerDay();
    }

    /** Whether the task is critical: not complete and total float at or below the critical limit (0). */
    public boolean isCritical(int task) {
        return critical[task];
    }

    /** Whether the task's constraint contradicts its dependencies (the constraint won). */
    public boolean hasConstraintConflict(int task) {
        return conflict[task];
    }

    /** Whether the task has children. */
    public boolean isSummary(int task) {
        return summary[task];
    }

    /** What fixed the task's early start. */
    public Driver driver(int task) {
        return drivers.driver(task);
    }

    /** Latest early finish over all tasks. */
    public LocalDateTime projectFinish() {
        return WorkCalendar.dateTime(projectFinish);
    }

    /**
     * The driving path to the project finish: leaf tasks from the first (driven by the project
     * start, a constraint, an actual or the status date) to the one that finishes last, each
     * driving the next through a dependency.
     */
    public int[] criticalPath() {
        return criticalPath.clone();
    }

    /**
     * Everything that drives the project finish: the chain of {@link #criticalPath()} and, when
     * other leaf tasks finish at the same moment, their driving chains too (each from its first
     * task to its last, the chain of the least-float finisher first; a task appears once). Tasks
     * with negative float elsewhere, e.g. against a deadline, are not on it unless they set the
     * finish.
     */
    public int[] drivingPath() {
        return drivingPath.clone();
    }

    /** The levelling delay the schedule applied to a task (working minutes; 0 once it has started). */
    public int appliedLevelingDelay(int task) {
        return state.appliedDelay[task];
    }

    /** Indexes of all critical tasks (summaries included), ascending. */
    public int[] criticalTasks() {
        int count = 0;
        for (boolean c : critical) {
            count += c ? 1 : 0;
        }
        int[] result = new int[count];
        int k = 0;
        for (int t = 0; t < critical.length; t++) {
            if (critical[t]) {
                result[k++] = t;
            }
        }
        return result;
    }

    private int alapShift(int task) {
        boolean alap = input.constraintType[task] == ConstraintType.ALAP.ordinal()
                && input.actualStart[task] == ScheduleInput.NO_DATE
                && input.actualFinish[task] == ScheduleInput.NO_DATE
                && !summary[task];
        return alap ? Math.max(0, freeFloat[task]) : 0;
    }
}
