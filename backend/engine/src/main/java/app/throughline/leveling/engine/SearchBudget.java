package app.throughline.leveling.engine;

/**
 * How much the improvement search may do: a number of generated schedules (every forward or
 * backward pass counts one, as in the PSPLIB literature) and the random seed. There is no clock:
 * the same problem, budget and seed give the same schedule on an idle and on a busy machine.
 *
 * @param maxSchedules schedules to generate at most (0 = only the priority-rule start)
 * @param seed seed of the random generator
 */
public record SearchBudget(int maxSchedules, long seed) {
    /** Activities times schedules that {@link #scaledTo} allows. */
    private static final long SCALED_WORK = 1_500_000;

    private static final int MIN_SCALED = 50;

    /**
     * The most schedules {@link #scaledTo} gives, whatever the size: j30 (32 activities) would get
     * 46,875 from {@link #SCALED_WORK} and up to ~120 ms of CPU per instance, yet gives 0.012 % mean
     * deviation from the optima at 25,000 (goal 0.02 %) for at most ~75 ms on the busy shared machine.
     */
    static final int MAX_SCALED = 25_000;

    /** Validates the budget. */
    public SearchBudget {
        if (maxSchedules < 0) {
            throw new IllegalArgumentException("budget must not be negative");
        }
    }

    /** A budget of {@code maxSchedules} schedules. */
    public static SearchBudget ofSchedules(int maxSchedules, long seed) {
        return new SearchBudget(maxSchedules, seed);
    }

    /**
     * A budget scaled to the problem's size, so that the search costs about the same CPU time on
     * any instance: a schedule's cost grows with the number of activities, the budget shrinks with it.
     */
    public static SearchBudget scaledTo(LevelingProblem problem, long seed) {
        return forActivities(problem.activityCount, seed);
    }

    /** The budget {@link #scaledTo} gives a problem of {@code activities} activities. */
    public static SearchBudget forActivities(int activities, long seed) {
        int n = Math.max(1, activities);
        return new SearchBudget((int) Math.max(MIN_SCALED, Math.min(MAX_SCALED, SCALED_WORK / n)), seed);
    }

    /** The seed the product levels with. */
    public static final long STANDARD_SEED = 1;

    /**
     * The budget the product levels {@code problem} with: {@link #scaledTo} with {@link
     * #STANDARD_SEED}, the same rule the PSPLIB benchmark measures, so its figures (quality, schedules
     * and CPU per instance) are what the levelling endpoints get.
     */
    public static SearchBudget standard(LevelingProblem problem) {
        return scaledTo(problem, STANDARD_SEED);
    }
}
