package app.throughline.leveling.engine;

import java.util.List;

/**
 * The outcome of levelling a project.
 *
 * @param policy the policy that was applied
 * @param schedule the levelled schedule
 * @param originalFinish the project finish before levelling (the critical path length)
 * @param refusedDelays activities left where they were, over capacity, because delaying them would
 *     have moved the finish ({@link LevelingPolicy#WITHIN_FLOAT}) or because their demand exceeds
 *     capacity for ever; ascending
 * @param overallocations over-allocations that remain in the levelled schedule
 * @param schedulesGenerated schedules built by the search
 * @param earlyStarts the resource-free earliest starts the levelling started from
 */
public record LevelingResult(
        LevelingPolicy policy,
        Schedule schedule,
        int originalFinish,
        List<Integer> refusedDelays,
        List<Overallocation> overallocations,
        int schedulesGenerated,
        int[] earlyStarts) {

    /** Copies the lists and arrays. */
    public LevelingResult {
        refusedDelays = List.copyOf(refusedDelays);
        overallocations = List.copyOf(overallocations);
        earlyStarts = earlyStarts.clone();
    }

    /** How many periods levelling delayed an activity past its resource-free earliest start. */
    public int levelingDelay(int activity) {
        return schedule.start(activity) - earlyStarts[activity];
    }

    /** The resource-free earliest starts (a copy). */
    @Override
    public int[] earlyStarts() {
        return earlyStarts.clone();
    }

    /** The project finish after levelling. */
    public int finish() {
        return schedule.makespan();
    }

    /** How many periods the finish moved (0 under {@link LevelingPolicy#WITHIN_FLOAT}). */
    public int slip() {
        return Math.max(0, schedule.makespan() - originalFinish);
    }

    /** True when no resource is over capacity any more. */
    public boolean isFullyLeveled() {
        return overallocations.isEmpty();
    }
}
