package app.throughline.leveling.engine;

/**
 * Resource-free time windows from the critical path method: earliest starts from the release dates
 * and precedences, latest starts back from a deadline. They give the priority rules their values, a
 * lower bound on the makespan, and the float that levelling may use.
 */
public final class TimeWindows {
    private final int[] earliestStarts;
    private final int[] latestStarts;
    private final int criticalPathLength;
    private final int deadline;

    private TimeWindows(int[] earliestStarts, int[] latestStarts, int cpl, int deadline) {
        this.earliestStarts = earliestStarts;
        this.latestStarts = latestStarts;
        this.criticalPathLength = cpl;
        this.deadline = deadline;
    }

    /** Time windows whose deadline is the critical path length (the earliest possible finish). */
    public static TimeWindows of(LevelingProblem problem) {
        return of(problem, -1);
    }

    /**
     * Time windows back from {@code deadline}; a negative deadline means the critical path length. A
     * deadline before the critical path length gives negative float.
     */
    public static TimeWindows of(LevelingProblem problem, int deadline) {
        int n = problem.activityCount;
        int[] es = new int[n];
        int cpl = 0;
        for (int a : problem.topologicalOrder) {
            int earliest = problem.releaseDates[a];
            for (int k = problem.predecessorOffsets[a]; k < problem.predecessorOffsets[a + 1]; k++) {
                earliest = Math.max(earliest, es[problem.predecessors[k]] + problem.predecessorDistances[k]);
            }
            es[a] = earliest;
            cpl = Math.max(cpl, earliest + problem.durations[a]);
        }
        int end = deadline < 0 ? cpl : deadline;
        int[] ls = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int a = problem.topologicalOrder[i];
            int latest = end - problem.durations[a];
            for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
                latest = Math.min(latest, ls[problem.successors[k]] - problem.successorDistances[k]);
            }
            ls[a] = latest;
        }
        return new TimeWindows(es, ls, cpl, end);
    }

    /** Earliest start of an activity, ignoring resources. */
    public int earliestStart(int activity) {
        return earliestStarts[activity];
    }

    /** Latest start of an activity that still meets the deadline, ignoring resources. */
    public int latestStart(int activity) {
        return latestStarts[activity];
    }

    /** Total float: latest minus earliest start. */
    public int totalFloat(int activity) {
        return latestStarts[activity] - earliestStarts[activity];
    }

    /** Length of the critical path: the finish of the resource-free early schedule. */
    public int criticalPathLength() {
        return criticalPathLength;
    }

    /** The deadline the latest starts were computed back from. */
    public int deadline() {
        return deadline;
    }

    int[] earliestStarts() {
        return earliestStarts;
    }

    int[] latestStarts() {
        return latestStarts;
    }
}
