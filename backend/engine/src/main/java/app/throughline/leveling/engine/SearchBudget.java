package app.throughline.leveling.engine;

/**
 * How much the improvement search may do: a number of generated schedules (every forward or
 * backward pass counts one, as in the PSPLIB literature), an optional wall-clock cap, and the
 * random seed. Results are deterministic for a given seed as long as the schedule count, not the
 * clock, ends the search; the clock cap is a safety net for very large projects.
 *
 * @param maxSchedules schedules to generate at most (0 = only the priority-rule start)
 * @param maxMillis wall-clock cap in milliseconds, or {@code Long.MAX_VALUE} for none
 * @param seed seed of the random generator
 */
public record SearchBudget(int maxSchedules, long maxMillis, long seed) {

    /** Validates the budget. */
    public SearchBudget {
        if (maxSchedules < 0 || maxMillis < 0) {
            throw new IllegalArgumentException("budget must not be negative");
        }
    }

    /** A deterministic budget of {@code maxSchedules} schedules, without clock. */
    public static SearchBudget ofSchedules(int maxSchedules, long seed) {
        return new SearchBudget(maxSchedules, Long.MAX_VALUE, seed);
    }

    /** The default used by the product: 5,000 schedules, at most one second, seed 1. */
    public static SearchBudget standard() {
        return new SearchBudget(5_000, 1_000, 1);
    }

    /** The same budget with a wall-clock cap. */
    public SearchBudget withTimeCap(long millis) {
        return new SearchBudget(maxSchedules, millis, seed);
    }
}
