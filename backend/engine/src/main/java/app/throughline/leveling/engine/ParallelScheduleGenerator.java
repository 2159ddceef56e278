package app.throughline.leveling.engine;

import java.util.Arrays;

/**
 * The parallel schedule generation scheme: walks forward through decision times and, at each,
 * starts as many eligible activities as the resources allow, in priority order. It produces
 * non-delay schedules, which are often better than serial ones for a single pass on large, tightly
 * constrained problems (but may miss the optimum, so the search uses the serial scheme). Decision
 * times are finishes, earliest starts and capacity changes: between them nothing that decides
 * whether an activity fits can change.
 */
public final class ParallelScheduleGenerator {
    private final LevelingProblem problem;
    private final ResourceTimeline timeline;
    private final int[] capacityChanges;

    /** Creates a generator for one problem. */
    public ParallelScheduleGenerator(LevelingProblem problem) {
        this.problem = problem;
        this.timeline = new ResourceTimeline(problem);
        this.capacityChanges = capacityChanges(problem);
    }

    /**
     * Builds the schedule for a priority rule.
     *
     * @param key per-activity priority key; smaller is started first, ties by lowest id
     * @return the schedule
     */
    public Schedule schedule(long[] key) {
        int n = problem.activityCount;
        timeline.reset();
        int[] starts = new int[n];
        int[] earliest = problem.releaseDates.clone();
        int[] missing = new int[n];
        int[] eligible = new int[n];
        int eligibleCount = 0;
        for (int a = 0; a < n; a++) {
            missing[a] = problem.predecessorOffsets[a + 1] - problem.predecessorOffsets[a];
            if (missing[a] == 0) {
                eligible[eligibleCount++] = a;
            }
        }
        int[] finishes = new int[n];
        int finishCount = 0;
        int scheduled = 0;
        int now = 0;
        int changeIndex = 0;
        while (scheduled < n) {
            sortByKey(eligible, eligibleCount, key);
            boolean startedAny = true;
            while (startedAny) {
                startedAny = false;
                for (int i = 0; i < eligibleCount; i++) {
                    int a = eligible[i];
                    if (earliest[a] > now) {
                        continue;
                    }
                    boolean placeable = timeline.isPlaceable(a);
                    if (placeable && timeline.earliestFit(a, now) != now) {
                        continue;
                    }
                    // an activity that can never fit is started anyway (over capacity) rather than stall
                    starts[a] = now;
                    timeline.book(a, now);
                    finishes[finishCount++] = now + problem.durations[a];
                    scheduled++;
                    eligible[i] = eligible[--eligibleCount];
                    for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
                        int s = problem.successors[k];
                        earliest[s] = Math.max(earliest[s], now + problem.successorDistances[k]);
                        if (--missing[s] == 0) {
                            eligible[eligibleCount++] = s;
                        }
                    }
                    sortByKey(eligible, eligibleCount, key);
                    startedAny = true;
                    break;
                }
            }
            if (scheduled == n) {
                break;
            }
            int next = Integer.MAX_VALUE;
            for (int i = 0; i < finishCount; i++) {
                if (finishes[i] > now) {
                    next = Math.min(next, finishes[i]);
                }
            }
            for (int i = 0; i < eligibleCount; i++) {
                if (earliest[eligible[i]] > now) {
                    next = Math.min(next, earliest[eligible[i]]);
                }
            }
            while (changeIndex < capacityChanges.length && capacityChanges[changeIndex] <= now) {
                changeIndex++;
            }
            if (changeIndex < capacityChanges.length) {
                next = Math.min(next, capacityChanges[changeIndex]);
            }
            now = next == Integer.MAX_VALUE ? now + 1 : next;
        }
        return new Schedule(problem, starts);
    }

    private static void sortByKey(int[] activities, int count, long[] key) {
        for (int i = 1; i < count; i++) {
            int a = activities[i];
            int j = i - 1;
            while (j >= 0 && (key[activities[j]] > key[a] || (key[activities[j]] == key[a] && activities[j] > a))) {
                activities[j + 1] = activities[j];
                j--;
            }
            activities[j + 1] = a;
        }
    }

    private static int[] capacityChanges(LevelingProblem problem) {
        int[] all = new int[0];
        for (ResourceCapacity c : problem.capacities) {
            int t = c.nextChangeAfter(-1);
            while (t >= 0) {
                all = Arrays.copyOf(all, all.length + 1);
                all[all.length - 1] = t;
                t = c.nextChangeAfter(t);
            }
        }
        Arrays.sort(all);
        return all;
    }
}
