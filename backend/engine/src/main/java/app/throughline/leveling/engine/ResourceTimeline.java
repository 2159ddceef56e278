package app.throughline.leveling.engine;

/**
 * Remaining capacity of every resource in every period, for building one schedule. It grows on
 * demand and is reset between schedules by copying back only the periods that were touched, so
 * thousands of schedules per second cost no allocation.
 */
final class ResourceTimeline {
    private final LevelingProblem problem;
    private final ResourceCapacity[] capacities;

    /** Whether each activity fits the steady capacity, i.e. can always be placed eventually. */
    private final boolean[] placeable;

    /** Periods after which neither capacity nor (until touched) usage varies. */
    private final int profileEnd;

    private int[][] capacity;
    private int[][] remaining;

    /** Periods held by {@link #capacity} and {@link #remaining}. */
    private int length;

    private int touchedEnd;

    ResourceTimeline(LevelingProblem problem) {
        this.problem = problem;
        this.capacities = problem.capacities;
        int resources = capacities.length;
        int end = 0;
        for (ResourceCapacity c : capacities) {
            end = Math.max(end, c.profileLength());
        }
        this.profileEnd = end;
        this.placeable = new boolean[problem.activityCount];
        for (int a = 0; a < problem.activityCount; a++) {
            placeable[a] = true;
            for (int k = problem.demandOffsets[a]; k < problem.demandOffsets[a + 1]; k++) {
                if (problem.demandAmounts[k] > capacities[problem.demandResources[k]].steadyCapacity()) {
                    placeable[a] = false;
                }
            }
        }
        // start short and double on demand: the sum of durations would be safe but, times thousands
        // of people on a big portfolio, far too much memory to reset for every schedule
        long longest = 0;
        for (int d : problem.durations) {
            longest = Math.max(longest, d);
        }
        long guess = Math.min(problem.totalDuration(), 4 * longest) + end + 64;
        capacity = new int[resources][];
        remaining = new int[resources][];
        for (int r = 0; r < resources; r++) {
            capacity[r] = new int[(int) guess];
            fillCapacity(r, 0, capacity[r].length);
            remaining[r] = capacity[r].clone();
        }
        length = (int) guess;
    }

    /** Forgets all bookings. */
    void reset() {
        for (int r = 0; r < capacity.length; r++) {
            System.arraycopy(capacity[r], 0, remaining[r], 0, touchedEnd);
        }
        touchedEnd = 0;
    }

    /** True when the activity fits the steady capacity, so a start can always be found. */
    boolean isPlaceable(int activity) {
        return placeable[activity];
    }

    /**
     * The earliest start at or after {@code from} where the activity fits, or -1 if it can never fit
     * (a demand above the steady capacity and no room in the explicit profile).
     */
    int earliestFit(int activity, int from) {
        int duration = problem.durations[activity];
        int first = problem.demandOffsets[activity];
        int last = problem.demandOffsets[activity + 1];
        if (duration == 0 || first == last) {
            return from;
        }
        int giveUpAfter = placeable[activity] ? Integer.MAX_VALUE : Math.max(profileEnd, touchedEnd);
        int t = from;
        while (t <= giveUpAfter) {
            int conflict = lastConflict(first, last, t, duration);
            if (conflict < 0) {
                return t;
            }
            t = conflict + 1;
        }
        return -1;
    }

    /** The latest start in {@code [floor, from]} where the activity fits, or -1 if none does. */
    int latestFit(int activity, int from, int floor) {
        int duration = problem.durations[activity];
        int first = problem.demandOffsets[activity];
        int last = problem.demandOffsets[activity + 1];
        if (from < floor) {
            return -1;
        }
        if (duration == 0 || first == last) {
            return from;
        }
        int t = from;
        while (t >= floor) {
            int conflict = firstConflict(first, last, t, duration);
            if (conflict < 0) {
                return t;
            }
            t = conflict - duration;
        }
        return -1;
    }

    /** Books the activity's demands from {@code start}, even beyond capacity. */
    void book(int activity, int start) {
        int duration = problem.durations[activity];
        if (duration == 0) {
            return;
        }
        int end = start + duration;
        ensureLength(end);
        for (int k = problem.demandOffsets[activity]; k < problem.demandOffsets[activity + 1]; k++) {
            int[] row = remaining[problem.demandResources[k]];
            int amount = problem.demandAmounts[k];
            for (int t = start; t < end; t++) {
                row[t] -= amount;
            }
        }
        touchedEnd = Math.max(touchedEnd, end);
    }

    /** Latest period in {@code [start, start+duration)} without room, scanning back to jump far. */
    private int lastConflict(int first, int last, int start, int duration) {
        int end = start + duration;
        ensureLength(end);
        int latest = -1;
        for (int k = first; k < last; k++) {
            int[] row = remaining[problem.demandResources[k]];
            int amount = problem.demandAmounts[k];
            int stop = Math.max(start, latest + 1);
            for (int t = end - 1; t >= stop; t--) {
                if (row[t] < amount) {
                    latest = t;
                    break;
                }
            }
        }
        return latest;
    }

    /** Earliest period in {@code [start, start+duration)} without room. */
    private int firstConflict(int first, int last, int start, int duration) {
        int end = start + duration;
        ensureLength(end);
        int earliest = Integer.MAX_VALUE;
        for (int k = first; k < last; k++) {
            int[] row = remaining[problem.demandResources[k]];
            int amount = problem.demandAmounts[k];
            int stop = Math.min(end, earliest);
            for (int t = start; t < stop; t++) {
                if (row[t] < amount) {
                    earliest = t;
                    break;
                }
            }
        }
        return earliest == Integer.MAX_VALUE ? -1 : earliest;
    }

    private void ensureLength(int end) {
        if (end > length) {
            grow(end);
        }
    }

    private void grow(int end) {
        if (capacity.length == 0) {
            return;
        }
        int length = Math.max(end, capacity[0].length * 2);
        for (int r = 0; r < capacity.length; r++) {
            int old = capacity[r].length;
            capacity[r] = java.util.Arrays.copyOf(capacity[r], length);
            fillCapacity(r, old, length);
            int[] grown = java.util.Arrays.copyOf(remaining[r], length);
            System.arraycopy(capacity[r], old, grown, old, length - old);
            remaining[r] = grown;
        }
        this.length = length;
    }

    private void fillCapacity(int resource, int from, int to) {
        for (int t = from; t < to; t++) {
            capacity[resource][t] = capacities[resource].at(t);
        }
    }
}
