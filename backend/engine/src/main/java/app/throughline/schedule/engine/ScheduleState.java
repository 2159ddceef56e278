package app.throughline.schedule.engine;

/**
 * Working arrays of one scheduling run. Every date is a working-minute ordinal on the calendar of
 * its node ({@link #nodeCalendar}); values cross calendars only through {@link #startTo} and
 * {@link #finishTo}, which are the identity when both sides share a calendar (the common case).
 */
final class ScheduleState {

    static final int NEG = Integer.MIN_VALUE / 4;
    static final int POS = Integer.MAX_VALUE / 4;

    static final byte NOT_STARTED = 0;
    static final byte IN_PROGRESS = 1;
    static final byte COMPLETE = 2;

    final ScheduleInput in;
    final ScheduleNetwork net;
    final WorkCalendar[] calendars;
    final int[] nodeCalendar;
    final int taskCount;
    final int nodeCount;

    /** Per task: working minutes (0 for summaries). */
    final int[] duration;
    /** Per task: working minutes still to do when in progress. */
    final int[] remaining;

    final byte[] progress;
    /** Per task: the levelling delay the forward pass added (0 when none, or when the task has started). */
    final int[] appliedDelay;
    /** Whether unfinished work is held to the status date (and there is one). */
    final boolean floorAtStatusDate;
    /** Whether every node is on the same calendar (then no value ever needs converting). */
    final boolean oneCalendar;
    /** Whether some task has an actual finish or is 100% done (backward pass then skips them). */
    final boolean anyComplete;

    final int[] projectStart;
    final int[] statusDate;
    final int[] projectFinish;
    /** Per calendar: the latest early finish of a leaf task on it. */
    final int[] latestFinish;
    /** Per calendar: whether the project finish is at the start of a working period. */
    final boolean[] projectFinishAtStartEdge;

    long projectFinishInstant;

    // forward pass; on a bound node es/ef are the start/finish bounds passed to the children
    final int[] es;
    final int[] ef;
    final Drivers drivers;
    final boolean[] conflict;
    /** Per summary: the child with the earliest start and the one with the latest finish. */
    final int[] firstChild;

    final int[] lastChild;

    // backward pass; on a rollup node ls/lf are the bounds passed to the children until the
    // summary's own late dates replace them; for work in progress ls is the late start of what remains
    final int[] ls;
    final int[] lf;
    /** Per leaf task, filled by the backward pass: total and free float. */
    final int[] totalFloat;

    final int[] freeFloat;
    /** Whether the late finish is a successor's start (a milestone then shows at the start edge). */
    final boolean[] lateAtStartEdge;

    ScheduleState(ScheduleInput in) {
        this.in = in;
        this.net = in.network();
        if (net.order == null) {
            throw new CycleDetectedException(net.cycle);
        }
        calendars = in.calendars;
        WorkCalendar project = calendars[in.projectCalendar];
        long windowStart = project.windowStart().toEpochDay() * WorkCalendar.DAY;
        long windowEnd = project.windowEnd().toEpochDay() * WorkCalendar.DAY;
        if (in.projectStart < windowStart || in.projectStart >= windowEnd) {
            throw new IllegalArgumentException("project start " + WorkCalendar.dateTime(in.projectStart)
                    + " is outside the calendar window " + project.windowStart() + ".." + project.windowEnd());
        }
        taskCount = in.taskCount;
        nodeCount = net.nodeCount;
        nodeCalendar = net.nodeCalendar;
        duration = net.duration;
        oneCalendar = net.oneCalendar;
        anyComplete = net.anyComplete;
        remaining = new int[taskCount];
        progress = new byte[taskCount];
        appliedDelay = new int[taskCount];
        floorAtStatusDate = in.remainingWorkFromStatusDate && in.statusDate != ScheduleInput.NO_DATE;
        int c = calendars.length;
        projectStart = new int[c];
        statusDate = new int[c];
        projectFinish = new int[c];
        latestFinish = new int[c];
        projectFinishAtStartEdge = new boolean[c];
        for (int k = 0; k < c; k++) {
            projectStart[k] = calendars[k].ordinalAt(in.projectStart);
            statusDate[k] = in.statusDate == ScheduleInput.NO_DATE ? NEG : calendars[k].ordinalAt(in.statusDate);
        }
        es = new int[nodeCount];
        ef = new int[nodeCount];
        drivers = new Drivers(net, in);
        conflict = new boolean[taskCount];
        firstChild = new int[taskCount];
        lastChild = new int[taskCount];
        ls = new int[nodeCount];
        lf = new int[nodeCount];
        totalFloat = new int[taskCount];
        freeFloat = new int[taskCount];
        lateAtStartEdge = new boolean[nodeCount];
    }

    /** A start ordinal on calendar {@code from} as an ordinal on calendar {@code to}. */
    int startTo(int ordinal, int from, int to) {
        if (from == to || ordinal <= NEG || ordinal >= POS) {
            return ordinal;
        }
        return calendars[to].ordinalAt(calendars[from].startInstant(ordinal));
    }

    /**
     * A start ordinal on calendar {@code from}, moved by {@code minutes} of calendar time (an
     * elapsed lag; negative goes back), as an ordinal on calendar {@code to}.
     */
    int startElapsed(int ordinal, int from, int to, int minutes) {
        if (ordinal <= NEG || ordinal >= POS) {
            return ordinal;
        }
        return calendars[to].ordinalAt(calendars[from].startInstant(ordinal) + minutes);
    }

    /** {@link #startElapsed} for a finish ordinal. */
    int finishElapsed(int ordinal, int from, int to, int minutes) {
        if (ordinal <= NEG || ordinal >= POS) {
            return ordinal;
        }
        return calendars[to].ordinalAt(calendars[from].finishInstant(ordinal) + minutes);
    }

    /** A finish ordinal on calendar {@code from} as an ordinal on calendar {@code to}. */
    int finishTo(int ordinal, int from, int to) {
        if (from == to || ordinal <= NEG || ordinal >= POS) {
            return ordinal;
        }
        return calendars[to].ordinalAt(calendars[from].finishInstant(ordinal));
    }

    /**
     * Where a leaf task's early finish is on the wall clock: a milestone not reached by a finish
     * sits at the start edge (a milestone at the project start is at 08:00, not 17:00 the day before).
     */
    long finishInstant(int task) {
        WorkCalendar c = calendars[nodeCalendar[task]];
        if (duration[task] == 0 && !drivers.startsAtFinishEdge(task)) {
            return c.startInstant(ef[task]);
        }
        return c.finishInstant(ef[task]);
    }

    /** The late start to show: the actual start for work in progress. */
    int reportedLateStart(int task) {
        return progress[task] == IN_PROGRESS && !net.summary[task] ? es[task] : ls[task];
    }

    /** An instant as an ordinal on a node's calendar. */
    int ordinal(long instant, int node) {
        return calendars[nodeCalendar[node]].ordinalAt(instant);
    }
}
