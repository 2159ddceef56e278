package app.throughline.leveling.engine;

/**
 * The serial schedule generation scheme: takes activities one by one in activity-list order and
 * starts each at the earliest period where its predecessors allow it and its resources have room.
 * Every activity list yields an active schedule, and some list yields an optimal one, which is why
 * the search works on lists. Also does the backward (right-justifying) pass used by
 * forward-backward improvement. Instances are reusable but not thread-safe.
 */
public final class SerialScheduleGenerator {
    private final LevelingProblem problem;
    private final ResourceTimeline timeline;

    /** The same timeline packed into one long per period, when the problem allows (else null). */
    private final PackedTimeline packed;

    private int schedulesBuilt;

    /** Creates a generator (and its working memory) for one problem. */
    public SerialScheduleGenerator(LevelingProblem problem) {
        this(problem, true);
    }

    /** With {@code packing} false, never uses the packed timeline (to compare the two in tests). */
    SerialScheduleGenerator(LevelingProblem problem, boolean packing) {
        this.problem = problem;
        this.timeline = new ResourceTimeline(problem);
        this.packed = packing ? PackedTimeline.of(problem) : null;
    }

    /** True when this generator uses the packed timeline. */
    boolean isPacked() {
        return packed != null;
    }

    /**
     * Builds the schedule for an activity list.
     *
     * @param activityList every activity once, each after all its predecessors
     * @param starts receives the start of every activity
     * @return the makespan (latest finish)
     */
    public int schedule(int[] activityList, int[] starts) {
        return schedule(activityList, starts, null, null);
    }

    /**
     * Builds the schedule for an activity list where each activity must also start by its latest
     * start. An activity that cannot get its resources in time is not delayed: it starts at its
     * earliest precedence-feasible period, over capacity, and is flagged in {@code refused}. So is an
     * activity whose demand can never fit its resources' capacity.
     *
     * @param latestStarts latest allowed start per activity, or null for none
     * @param refused receives true for activities left over capacity, or null
     * @return the makespan
     */
    int schedule(int[] activityList, int[] starts, int[] latestStarts, boolean[] refused) {
        if (packed != null && latestStarts == null) {
            return schedulePacked(activityList, starts, refused);
        }
        timeline.reset();
        schedulesBuilt++;
        int makespan = 0;
        for (int a : activityList) {
            int earliest = precedenceEarliestStart(a, starts);
            int start = timeline.earliestFit(a, earliest);
            boolean late = start < 0 || (latestStarts != null && start > latestStarts[a]);
            if (late) {
                start = earliest;
            }
            if (refused != null) {
                refused[a] = late;
            }
            timeline.book(a, start);
            starts[a] = start;
            makespan = Math.max(makespan, start + problem.durations[a]);
        }
        return makespan;
    }

    /** As {@link #schedule}: every activity fits eventually, so none is ever refused. */
    private int schedulePacked(int[] activityList, int[] starts, boolean[] refused) {
        packed.reset();
        schedulesBuilt++;
        int makespan = 0;
        for (int a : activityList) {
            int start = packed.fitAndBook(a, precedenceEarliestStart(a, starts));
            starts[a] = start;
            makespan = Math.max(makespan, start + problem.durations[a]);
            if (refused != null) {
                refused[a] = false;
            }
        }
        return makespan;
    }

    /**
     * Right-justifies a schedule: in {@code reverseList} order (successors first), moves every
     * activity to the latest start that finishes by {@code deadline}, lets its successors keep their
     * new starts and fits its resources. Release dates are ignored because a following forward pass
     * restores them.
     *
     * @return false if some activity found no room before period 0 (the caller keeps the input)
     */
    boolean scheduleBackward(int[] reverseList, int deadline, int[] starts) {
        if (packed != null) {
            packed.reset();
        } else {
            timeline.reset();
        }
        schedulesBuilt++;
        for (int a : reverseList) {
            int latest = deadline - problem.durations[a];
            for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
                latest = Math.min(latest, starts[problem.successors[k]] - problem.successorDistances[k]);
            }
            int start;
            if (packed != null) {
                start = packed.latestFitAndBook(a, latest, 0);
                if (start < 0) {
                    return false;
                }
            } else {
                start = timeline.latestFit(a, latest, 0);
                if (start < 0) {
                    return false;
                }
                timeline.book(a, start);
            }
            starts[a] = start;
        }
        return true;
    }

    /** Number of schedules built so far (forward and backward passes each count one). */
    public int schedulesBuilt() {
        return schedulesBuilt;
    }

    /** True when the activity's demands fit its resources' steady capacity. */
    boolean isPlaceable(int activity) {
        return timeline.isPlaceable(activity);
    }

    private int precedenceEarliestStart(int a, int[] starts) {
        int earliest = problem.releaseDates[a];
        for (int k = problem.predecessorOffsets[a]; k < problem.predecessorOffsets[a + 1]; k++) {
            earliest = Math.max(earliest, starts[problem.predecessors[k]] + problem.predecessorDistances[k]);
        }
        return earliest;
    }
}
