package app.throughline.schedule.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects tasks, dependencies and calendars by index for a {@link ScheduleInput}.
 *
 * <pre>{@code
 * ScheduleInputBuilder b = ScheduleInput.builder(LocalDateTime.of(2025, 6, 2, 8, 0));
 * int design = b.addTask(b.days(3));            // 3 working days
 * int build = b.addTask(b.days(5.5));
 * b.addDependency(design, build, DependencyType.FS, b.days(1)); // 1 day lag
 * b.deadline(build, LocalDate.of(2025, 6, 13));
 * ScheduleResult r = CriticalPathScheduler.schedule(b.build());
 * }</pre>
 *
 * Not thread-safe; {@link #build()} copies everything, so the builder may be reused.
 */
public final class ScheduleInputBuilder {

    final List<WorkCalendar> calendars = new ArrayList<>();
    int projectCalendar;
    long projectStart;
    long statusDate = ScheduleInput.NO_DATE;
    boolean remainingWorkFromStatusDate = true;
    boolean summaryFloatFromChildren = true;
    int criticalFloatLimit;

    int taskCount;
    int[] duration = new int[16];
    int[] parent = new int[16];
    int[] calendar = new int[16];
    byte[] constraintType = new byte[16];
    long[] constraintDate = new long[16];
    long[] deadline = new long[16];
    long[] actualStart = new long[16];
    long[] actualFinish = new long[16];
    double[] percentComplete = new double[16];
    int[] levelingDelay = new int[16];
    long[] manualStart = new long[16];

    int dependencyCount;
    int[] predecessor = new int[16];
    int[] successor = new int[16];
    byte[] dependencyType = new byte[16];
    int[] lag = new int[16];
    double[] lagPercent = new double[16];
    boolean[] lagElapsed = new boolean[16];

    ScheduleInputBuilder(LocalDateTime projectStart, WorkCalendar projectCalendar) {
        this.projectStart = WorkCalendar.epochMinute(projectStart);
        calendars.add(projectCalendar);
    }

    /** A builder holding a copy of everything in {@code input} (for what-if changes). */
    ScheduleInputBuilder(ScheduleInput in) {
        calendars.addAll(Arrays.asList(in.calendars));
        projectCalendar = in.projectCalendar;
        projectStart = in.projectStart;
        statusDate = in.statusDate;
        remainingWorkFromStatusDate = in.remainingWorkFromStatusDate;
        summaryFloatFromChildren = in.summaryFloatFromChildren;
        criticalFloatLimit = in.criticalFloatLimit;
        taskCount = in.taskCount;
        int capacity = Math.max(16, taskCount);
        duration = Arrays.copyOf(in.duration, capacity);
        parent = Arrays.copyOf(in.parent, capacity);
        calendar = Arrays.copyOf(in.calendar, capacity);
        constraintType = Arrays.copyOf(in.constraintType, capacity);
        constraintDate = Arrays.copyOf(in.constraintDate, capacity);
        deadline = Arrays.copyOf(in.deadline, capacity);
        actualStart = Arrays.copyOf(in.actualStart, capacity);
        actualFinish = Arrays.copyOf(in.actualFinish, capacity);
        percentComplete = Arrays.copyOf(in.percentComplete, capacity);
        levelingDelay = Arrays.copyOf(in.levelingDelay, capacity);
        manualStart = Arrays.copyOf(in.manualStart, capacity);
        dependencyCount = in.dependencyCount;
        capacity = Math.max(16, dependencyCount);
        predecessor = Arrays.copyOf(in.predecessor, capacity);
        successor = Arrays.copyOf(in.successor, capacity);
        dependencyType = Arrays.copyOf(in.dependencyType, capacity);
        lag = Arrays.copyOf(in.lag, capacity);
        lagPercent = Arrays.copyOf(in.lagPercent, capacity);
        lagElapsed = Arrays.copyOf(in.lagElapsed, capacity);
    }

    /** Adds a calendar that tasks can use; returns its index (the project calendar is 0). */
    public int addCalendar(WorkCalendar c) {
        calendars.add(c);
        return calendars.size() - 1;
    }

    /** Makes calendar {@code index} the project calendar (default 0). */
    public ScheduleInputBuilder projectCalendar(int index) {
        checkIndex(index, calendars.size(), "calendar");
        projectCalendar = index;
        return this;
    }

    /**
     * Sets the status date: actuals are known up to it. Unless switched off with {@link
     * #remainingWorkFromStatusDate(boolean)}, no unfinished work is scheduled before it.
     */
    public ScheduleInputBuilder statusDate(LocalDateTime statusDate) {
        this.statusDate = statusDate == null ? ScheduleInput.NO_DATE : WorkCalendar.epochMinute(statusDate);
        return this;
    }

    /**
     * Whether unfinished work is held back to the status date (default true). MS Project does not
     * do that by itself, so the MS Project import switches it off.
     */
    public ScheduleInputBuilder remainingWorkFromStatusDate(boolean on) {
        this.remainingWorkFromStatusDate = on;
        return this;
    }

    /**
     * Whether a summary's total float is the least of its unfinished children's (default true: a
     * summary is as urgent as its most urgent part). MS Project measures it on the summary's own
     * span instead, so the MS Project comparison switches it off.
     */
    public ScheduleInputBuilder summaryFloatFromChildren(boolean on) {
        this.summaryFloatFromChildren = on;
        return this;
    }

    /** Tasks with total float at or below this many minutes are critical (default 0). */
    public ScheduleInputBuilder criticalFloatLimit(int minutes) {
        this.criticalFloatLimit = minutes;
        return this;
    }

    /** Working minutes of {@code days} days on the project calendar, rounded to the minute. */
    public int days(double days) {
        return Durations.toMinutes(days, calendars.get(projectCalendar));
    }

    /**
     * Adds a task (top-level, project calendar, ASAP); returns its index.
     *
     * @param durationMinutes working minutes; 0 makes a milestone. Ignored for summary tasks
     *     (tasks that become some other task's parent), whose dates roll up from their children.
     */
    public int addTask(int durationMinutes) {
        if (durationMinutes < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        if (taskCount == duration.length) {
            growTasks();
        }
        int i = taskCount++;
        duration[i] = durationMinutes;
        parent[i] = -1;
        calendar[i] = -1;
        constraintDate[i] = ScheduleInput.NO_DATE;
        deadline[i] = ScheduleInput.NO_DATE;
        actualStart[i] = ScheduleInput.NO_DATE;
        actualFinish[i] = ScheduleInput.NO_DATE;
        manualStart[i] = ScheduleInput.NO_DATE;
        return i;
    }

    /** Changes the duration of a task (working minutes), e.g. for a what-if copy. */
    public ScheduleInputBuilder duration(int task, int durationMinutes) {
        checkTask(task);
        if (durationMinutes < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        duration[task] = durationMinutes;
        return this;
    }

    /** Puts {@code task} under the summary task {@code parent} (-1 = top level). */
    public ScheduleInputBuilder parent(int task, int parent) {
        checkTask(task);
        if (parent != -1) {
            checkTask(parent);
            if (parent == task) {
                throw new IllegalArgumentException("task " + task + " cannot be its own parent");
            }
        }
        this.parent[task] = parent;
        return this;
    }

    /** Schedules {@code task} on calendar {@code calendarIndex} (from {@link #addCalendar}). */
    public ScheduleInputBuilder calendar(int task, int calendarIndex) {
        checkTask(task);
        checkIndex(calendarIndex, calendars.size(), "calendar");
        calendar[task] = calendarIndex;
        return this;
    }

    /** Sets a constraint; the date is ignored (may be null) for ASAP and ALAP. */
    public ScheduleInputBuilder constraint(int task, ConstraintType type, LocalDateTime date) {
        checkTask(task);
        if (type.hasDate() && date == null) {
            throw new IllegalArgumentException(type + " needs a date");
        }
        constraintType[task] = (byte) type.ordinal();
        constraintDate[task] = type.hasDate() ? WorkCalendar.epochMinute(date) : ScheduleInput.NO_DATE;
        return this;
    }

    /**
     * Sets a constraint on a day: start constraints at the start of the day, finish constraints
     * at its end (midnight after it), which the calendar turns into the first/last working minute.
     */
    public ScheduleInputBuilder constraint(int task, ConstraintType type, LocalDate date) {
        if (!type.hasDate()) {
            return constraint(task, type, (LocalDateTime) null);
        }
        LocalDate day = type.isFinishConstraint() ? date.plusDays(1) : date;
        return constraint(task, type, day.atStartOfDay());
    }

    /** Sets a deadline: it never moves the task, but a later finish gives negative float. */
    public ScheduleInputBuilder deadline(int task, LocalDateTime deadline) {
        checkTask(task);
        this.deadline[task] = deadline == null ? ScheduleInput.NO_DATE : WorkCalendar.epochMinute(deadline);
        return this;
    }

    /** Sets a deadline at the end of a day. */
    public ScheduleInputBuilder deadline(int task, LocalDate deadline) {
        return deadline(task, deadline == null ? null : deadline.plusDays(1).atStartOfDay());
    }

    /** Records that work on the task started at this instant. */
    public ScheduleInputBuilder actualStart(int task, LocalDateTime start) {
        checkTask(task);
        actualStart[task] = start == null ? ScheduleInput.NO_DATE : WorkCalendar.epochMinute(start);
        return this;
    }

    /** Records that the task finished at this instant (it is then complete). */
    public ScheduleInputBuilder actualFinish(int task, LocalDateTime finish) {
        checkTask(task);
        actualFinish[task] = finish == null ? ScheduleInput.NO_DATE : WorkCalendar.epochMinute(finish);
        return this;
    }

    /**
     * Share of the duration done, 0..100. The rest is scheduled right after the work done, counted
     * from the actual start, or from the planned start when no actual start is given.
     */
    public ScheduleInputBuilder percentComplete(int task, double percent) {
        checkTask(task);
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent complete must be 0..100");
        }
        percentComplete[task] = percent;
        return this;
    }

    /**
     * Sets a levelling delay (MS Project's Leveling Delay): working minutes added to the task's
     * early start after its predecessors, the project start and the status date have placed it.
     * It acts like extra lag on every way into the task, so floats and drivers stay honest; it
     * does not apply once the task has started.
     */
    public ScheduleInputBuilder levelingDelay(int task, int minutes) {
        checkTask(task);
        if (minutes < 0) {
            throw new IllegalArgumentException("negative levelling delay");
        }
        levelingDelay[task] = minutes;
        return this;
    }

    /**
     * Schedules the task manually (MS Project's "Manually Scheduled"): it starts at {@code start}
     * whatever its predecessors, constraint, levelling delay or the status date say, and keeps its
     * duration; its successors still follow it. Actual dates still win. {@code null} makes it
     * automatically scheduled again. Ignored for summary tasks (they span their children).
     */
    public ScheduleInputBuilder manuallyScheduled(int task, LocalDateTime start) {
        checkTask(task);
        manualStart[task] = start == null ? ScheduleInput.NO_DATE : WorkCalendar.epochMinute(start);
        return this;
    }

    /**
     * Gives the task an elapsed duration (MS Project's "edays"): it runs around the clock, 24 hours
     * a day, 7 days a week, for {@code elapsedMinutes} calendar minutes, whatever the working
     * calendars say. Its lags to successors are still counted on their calendars.
     */
    public ScheduleInputBuilder elapsedDuration(int task, int elapsedMinutes) {
        checkTask(task);
        duration(task, elapsedMinutes);
        int c = calendars.indexOf(WorkCalendar.elapsed());
        if (c < 0) {
            c = addCalendar(WorkCalendar.elapsed());
        }
        calendar[task] = c;
        return this;
    }

    /**
     * Adds a dependency; returns its index.
     *
     * @param lagMinutes working minutes on the successor's calendar; negative is a lead
     */
    public int addDependency(int predecessor, int successor, DependencyType type, int lagMinutes) {
        return add(predecessor, successor, type, lagMinutes, Double.NaN);
    }

    /** Adds a dependency whose lag is a percentage of the predecessor's duration (-50 = half lead). */
    public int addDependencyWithPercentLag(int predecessor, int successor, DependencyType type, double lagPercent) {
        return add(predecessor, successor, type, 0, lagPercent);
    }

    /**
     * Adds a dependency whose lag is elapsed time (MS Project's "edays"): {@code lagMinutes}
     * calendar minutes counted around the clock from the predecessor's date, nights, weekends and
     * holidays included; negative is a lead. Returns its index.
     */
    public int addDependencyWithElapsedLag(int predecessor, int successor, DependencyType type, int lagMinutes) {
        int d = add(predecessor, successor, type, lagMinutes, Double.NaN);
        lagElapsed[d] = true;
        return d;
    }

    /** Changes the lag of a dependency (working minutes; negative is a lead). */
    public ScheduleInputBuilder lag(int dependency, int lagMinutes) {
        checkIndex(dependency, dependencyCount, "dependency");
        lag[dependency] = lagMinutes;
        lagPercent[dependency] = Double.NaN;
        lagElapsed[dependency] = false;
        return this;
    }

    /** Builds the immutable input. */
    public ScheduleInput build() {
        return new ScheduleInput(this);
    }

    private int add(int pred, int succ, DependencyType type, int lagMinutes, double percent) {
        checkTask(pred);
        checkTask(succ);
        if (pred == succ) {
            throw new CycleDetectedException(new int[] {pred});
        }
        if (dependencyCount == predecessor.length) {
            int c = dependencyCount * 2;
            predecessor = Arrays.copyOf(predecessor, c);
            successor = Arrays.copyOf(successor, c);
            dependencyType = Arrays.copyOf(dependencyType, c);
            lag = Arrays.copyOf(lag, c);
            lagPercent = Arrays.copyOf(lagPercent, c);
            lagElapsed = Arrays.copyOf(lagElapsed, c);
        }
        int d = dependencyCount++;
        predecessor[d] = pred;
        successor[d] = succ;
        dependencyType[d] = (byte) type.ordinal();
        lag[d] = lagMinutes;
        lagPercent[d] = percent;
        lagElapsed[d] = false;
        return d;
    }

    private void growTasks() {
        int c = taskCount * 2;
        duration = Arrays.copyOf(duration, c);
        parent = Arrays.copyOf(parent, c);
        calendar = Arrays.copyOf(calendar, c);
        constraintType = Arrays.copyOf(constraintType, c);
        constraintDate = Arrays.copyOf(constraintDate, c);
        deadline = Arrays.copyOf(deadline, c);
        actualStart = Arrays.copyOf(actualStart, c);
        actualFinish = Arrays.copyOf(actualFinish, c);
        percentComplete = Arrays.copyOf(percentComplete, c);
        levelingDelay = Arrays.copyOf(levelingDelay, c);
        manualStart = Arrays.copyOf(manualStart, c);
    }

    private void checkTask(int task) {
        checkIndex(task, taskCount, "task");
    }

    private static void checkIndex(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(what + " index " + index + " not in 0.." + (size - 1));
        }
    }
}
