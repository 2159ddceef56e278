package app.throughline.leveling.engine;

/**
 * The outcome of {@link ResourceLeveler#search}: the shortest schedule found and the work it took.
 *
 * @param schedule the best schedule found
 * @param schedulesGenerated schedules built (forward and backward passes each count one), at most
 *     the budget plus the few priority-rule seeds
 * @param lowerBound the lower bound the search stopped at when it reached it
 */
public record SearchResult(Schedule schedule, int schedulesGenerated, int lowerBound) {

    /** True when the makespan meets the lower bound, so the schedule is proven optimal. */
    public boolean provenOptimal() {
        return schedule.makespan() <= lowerBound;
    }
}
