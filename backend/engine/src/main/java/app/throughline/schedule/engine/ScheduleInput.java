package app.throughline.schedule.engine;

import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Everything the scheduler needs, as plain arrays indexed by task and dependency index. Immutable:
 * build one with {@link #builder(LocalDateTime)} (tasks and dependencies get indexes 0, 1, 2... in
 * the order they are added, and results are indexed the same way).
 *
 * <p>Dates are epoch minutes internally (see {@link WorkCalendar#epochMinute}); durations and lags
 * are working minutes on the task's calendar (lags on the successor's calendar).
 */
public final class ScheduleInput {

    /** Marks an absent date. */
    static final long NO_DATE = Long.MIN_VALUE;

    final WorkCalendar[] calendars;
    final int projectCalendar;
    final long projectStart;
    final long statusDate;
    final boolean remainingWorkFromStatusDate;
    final boolean summaryFloatFromChildren;
    final int criticalFloatLimit;

    final int taskCount;
    final int[] duration;
    final int[] parent;
    final int[] calendar;
    final byte[] constraintType;
    final long[] constraintDate;
    final long[] deadline;
    final long[] actualStart;
    final long[] actualFinish;
    final double[] percentComplete;
    final int[] levelingDelay;
    final long[] manualStart;

    final int dependencyCount;
    final int[] predecessor;
    final int[] successor;
    final byte[] dependencyType;
    final int[] lag;
    final double[] lagPercent;
    final boolean[] lagElapsed;

    private volatile ScheduleNetwork network;

    ScheduleInput(ScheduleInputBuilder b) {
        calendars = b.calendars.toArray(new WorkCalendar[0]);
        projectCalendar = b.projectCalendar;
        projectStart = b.projectStart;
        statusDate = b.statusDate;
        remainingWorkFromStatusDate = b.remainingWorkFromStatusDate;
        summaryFloatFromChildren = b.summaryFloatFromChildren;
        criticalFloatLimit = b.criticalFloatLimit;
        taskCount = b.taskCount;
        int n = taskCount;
        duration = Arrays.copyOf(b.duration, n);
        parent = Arrays.copyOf(b.parent, n);
        calendar = Arrays.copyOf(b.calendar, n);
        constraintType = Arrays.copyOf(b.constraintType, n);
        constraintDate = Arrays.copyOf(b.constraintDate, n);
        deadline = Arrays.copyOf(b.deadline, n);
        actualStart = Arrays.copyOf(b.actualStart, n);
        actualFinish = Arrays.copyOf(b.actualFinish, n);
        percentComplete = Arrays.copyOf(b.percentComplete, n);
        levelingDelay = Arrays.copyOf(b.levelingDelay, n);
        manualStart = Arrays.copyOf(b.manualStart, n);
        dependencyCount = b.dependencyCount;
        int m = dependencyCount;
        predecessor = Arrays.copyOf(b.predecessor, m);
        successor = Arrays.copyOf(b.successor, m);
        dependencyType = Arrays.copyOf(b.dependencyType, m);
        lag = Arrays.copyOf(b.lag, m);
        lagPercent = Arrays.copyOf(b.lagPercent, m);
        lagElapsed = Arrays.copyOf(b.lagElapsed, m);
    }

    /**
     * Starts an input whose project calendar is {@link WorkCalendar#standard()}.
     *
     * @param projectStart no task is scheduled before this instant
     */
    public static ScheduleInputBuilder builder(LocalDateTime projectStart) {
        return new ScheduleInputBuilder(projectStart, WorkCalendar.standard());
    }

    /** Starts an input with the given project calendar (calendar index 0). */
    public static ScheduleInputBuilder builder(LocalDateTime projectStart, WorkCalendar projectCalendar) {
        return new ScheduleInputBuilder(projectStart, projectCalendar);
    }

    /**
     * A builder holding a copy of this input, for what-if scheduling: change it, build, schedule,
     * and compare with the result of this input. Indexes stay the same.
     */
    public ScheduleInputBuilder toBuilder() {
        return new ScheduleInputBuilder(this);
    }

    /** Number of tasks. */
    public int taskCount() {
        return taskCount;
    }

    /** Number of dependencies. */
    public int dependencyCount() {
        return dependencyCount;
    }

    /** Duration of a task in working minutes of its calendar. */
    public int duration(int task) {
        return duration[task];
    }

    /** The levelling delay of a task in working minutes of its calendar (0 = none). */
    public int levelingDelay(int task) {
        return levelingDelay[task];
    }

    /** Whether the task is manually scheduled (its start is kept as given). */
    public boolean isManuallyScheduled(int task) {
        return manualStart[task] != NO_DATE;
    }

    /** The parent (summary) task index, or -1 for a top-level task. */
    public int parent(int task) {
        return parent[task];
    }

    /** The calendar a task is scheduled on (its own, or the project calendar). */
    public WorkCalendar calendarOf(int task) {
        return calendars[calendarIndex(task)];
    }

    /** The project calendar. */
    public WorkCalendar projectCalendar() {
        return calendars[projectCalendar];
    }

    /** The predecessor task of a dependency. */
    public int predecessor(int dependency) {
        return predecessor[dependency];
    }

    /** The successor task of a dependency. */
    public int successor(int dependency) {
        return successor[dependency];
    }

    /** The type of a dependency. */
    public DependencyType dependencyType(int dependency) {
        return DependencyType.values()[dependencyType[dependency]];
    }

    /**
     * The lag of a dependency in working minutes of the successor's calendar (a percentage lag
     * resolved against the predecessor's duration).
     */
    public int lag(int dependency) {
        double percent = lagPercent[dependency];
        return Double.isNaN(percent)
                ? lag[dependency]
                : (int) Math.round(percent / 100.0 * duration[predecessor[dependency]]);
    }

    /**
     * Whether a dependency's lag is elapsed time (MS Project's "edays"): calendar minutes, counted
     * around the clock, rather than working minutes of the successor's calendar.
     */
    public boolean isLagElapsed(int dependency) {
        return lagElapsed[dependency];
    }

    /** The constraint type of a task. */
    public ConstraintType constraintType(int task) {
        return ConstraintType.values()[constraintType[task]];
    }

    /** The project start. */
    public LocalDateTime projectStart() {
        return WorkCalendar.dateTime(projectStart);
    }

    int calendarIndex(int task) {
        int c = calendar[task];
        return c < 0 ? projectCalendar : c;
    }

    /** The dependency network derived from this input, built once (the input is immutable). */
    ScheduleNetwork network() {
        ScheduleNetwork n = network;
        if (n == null) {
            n = new ScheduleNetwork(this);
            network = n;
        }
        return n;
    }
}
