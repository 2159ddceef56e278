package app.throughline.leveling.engine;

import java.util.Arrays;

/** Start periods of all activities and the resulting makespan. Immutable. */
public final class Schedule {
    private final int[] starts;
    private final int makespan;

    /** Creates a schedule from start periods (copied); the makespan is the latest finish. */
    public Schedule(LevelingProblem problem, int[] starts) {
        this(starts.clone(), makespanOf(problem, starts));
    }

    private Schedule(int[] starts, int makespan) {
        this.starts = starts;
        this.makespan = makespan;
    }

    static Schedule adopt(int[] starts, int makespan) {
        return new Schedule(starts, makespan);
    }

    /** The latest finish of an activity in {@code starts}. */
    static int makespanOf(LevelingProblem problem, int[] starts) {
        int makespan = 0;
        for (int a = 0; a < starts.length; a++) {
            makespan = Math.max(makespan, starts[a] + problem.durations[a]);
        }
        return makespan;
    }

    /** Start period of an activity. */
    public int start(int activity) {
        return starts[activity];
    }

    /** A copy of all start periods, indexed by activity. */
    public int[] starts() {
        return starts.clone();
    }

    /** The latest finish of any activity. */
    public int makespan() {
        return makespan;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule s && s.makespan == makespan && Arrays.equals(s.starts, starts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(starts);
    }

    @Override
    public String toString() {
        return "Schedule[makespan=" + makespan + ", starts=" + Arrays.toString(starts) + "]";
    }
}
