package app.throughline.leveling.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An immutable resource-constrained scheduling problem, held in flat arrays (ids are array indexes)
 * so that it can be fed directly from the scheduling engine's arrays and read without allocation in
 * the hot loops.
 *
 * <ul>
 *   <li>activities {@code 0..n-1} with integer durations (periods);
 *   <li>precedences as minimum start-to-start distances in compressed sparse rows: the successors
 *       of {@code a} are {@code successors[successorOffsets[a] .. successorOffsets[a+1])}, and
 *       {@code start[successor] >= start[a] + successorDistances[k]};
 *   <li>renewable resources with a {@link ResourceCapacity} each;
 *   <li>demands in compressed sparse rows too (most tasks use one or two people);
 *   <li>release dates (earliest starts, e.g. from the calendar schedule) and priorities (higher is
 *       more important, used by the levelling policies).
 * </ul>
 *
 * Use {@link #builder()} to describe a problem in domain terms, or {@link #fromArrays} to pass
 * arrays straight in. Construction validates the data and rejects precedence cycles.
 */
public final class LevelingProblem {
    final int activityCount;
    final int[] durations;
    final int[] successorOffsets;
    final int[] successors;
    final int[] successorDistances;
    final int[] predecessorOffsets;
    final int[] predecessors;
    final int[] predecessorDistances;
    final ResourceCapacity[] capacities;
    final int[] demandOffsets;
    final int[] demandResources;
    final int[] demandAmounts;
    final int[] releaseDates;
    final int[] priorities;
    final int[] topologicalOrder;

    private LevelingProblem(
            int[] durations,
            int[] successorOffsets,
            int[] successors,
            int[] successorDistances,
            ResourceCapacity[] capacities,
            int[] demandOffsets,
            int[] demandResources,
            int[] demandAmounts,
            int[] releaseDates,
            int[] priorities) {
        this.activityCount = durations.length;
        this.durations = durations;
        this.successorOffsets = successorOffsets;
        this.successors = successors;
        this.successorDistances = successorDistances;
        this.capacities = capacities;
        this.demandOffsets = demandOffsets;
        this.demandResources = demandResources;
        this.demandAmounts = demandAmounts;
        this.releaseDates = releaseDates;
        this.priorities = priorities;
        validate();
        this.predecessorOffsets = new int[activityCount + 1];
        this.predecessors = new int[successors.length];
        this.predecessorDistances = new int[successors.length];
        invertPrecedences();
        this.topologicalOrder = topologicalOrderOrThrow();
    }

    /** Starts a builder that describes the problem in domain terms. */
    public static LevelingProblemBuilder builder() {
        return new LevelingProblemBuilder();
    }

    /**
     * Creates a problem from arrays (copied). {@code releaseDates} and {@code priorities} may be null
     * (all zero).
     *
     * @throws PrecedenceCycleException if the precedences loop
     * @throws IllegalArgumentException if the arrays are inconsistent
     */
    public static LevelingProblem fromArrays(
            int[] durations,
            int[] successorOffsets,
            int[] successors,
            int[] successorDistances,
            ResourceCapacity[] capacities,
            int[] demandOffsets,
            int[] demandResources,
            int[] demandAmounts,
            int[] releaseDates,
            int[] priorities) {
        int n = durations.length;
        return new LevelingProblem(
                durations.clone(),
                successorOffsets.clone(),
                successors.clone(),
                successorDistances.clone(),
                capacities.clone(),
                demandOffsets.clone(),
                demandResources.clone(),
                demandAmounts.clone(),
                releaseDates == null ? new int[n] : releaseDates.clone(),
                priorities == null ? new int[n] : priorities.clone());
    }

    /** Number of activities. */
    public int activityCount() {
        return activityCount;
    }

    /** Number of renewable resources. */
    public int resourceCount() {
        return capacities.length;
    }

    /** Duration of an activity in periods. */
    public int duration(int activity) {
        return durations[activity];
    }

    /** Release date (earliest allowed start) of an activity. */
    public int releaseDate(int activity) {
        return releaseDates[activity];
    }

    /** Priority of an activity; higher is levelled first. */
    public int priority(int activity) {
        return priorities[activity];
    }

    /** Capacity profile of a resource. */
    public ResourceCapacity capacity(int resource) {
        return capacities[resource];
    }

    /** Demand of an activity on a resource per period (0 if none). */
    public int demand(int activity, int resource) {
        for (int k = demandOffsets[activity]; k < demandOffsets[activity + 1]; k++) {
            if (demandResources[k] == resource) {
                return demandAmounts[k];
            }
        }
        return 0;
    }

    /** Number of precedence relations. */
    public int precedenceCount() {
        return successors.length;
    }

    /** Sum of all durations: a horizon long enough for any active schedule of unit capacity. */
    long totalDuration() {
        long sum = 0;
        for (int d : durations) {
            sum += d;
        }
        return sum;
    }

    private void validate() {
        int n = activityCount;
        requireLength("successorOffsets", successorOffsets, n + 1);
        requireLength("demandOffsets", demandOffsets, n + 1);
        requireLength("releaseDates", releaseDates, n);
        requireLength("priorities", priorities, n);
        requireLength("successorDistances", successorDistances, successors.length);
        requireLength("demandAmounts", demandAmounts, demandResources.length);
        requireCsr("successorOffsets", successorOffsets, successors.length);
        requireCsr("demandOffsets", demandOffsets, demandResources.length);
        for (int a = 0; a < n; a++) {
            if (durations[a] < 0) {
                throw new IllegalArgumentException("activity " + a + " has a negative duration");
            }
            if (releaseDates[a] < 0) {
                throw new IllegalArgumentException("activity " + a + " has a negative release date");
            }
        }
        for (int s : successors) {
            if (s < 0 || s >= n) {
                throw new IllegalArgumentException("successor " + s + " is not an activity");
            }
        }
        for (ResourceCapacity c : capacities) {
            if (c == null) {
                throw new IllegalArgumentException("a resource has no capacity");
            }
        }
        for (int k = 0; k < demandResources.length; k++) {
            if (demandResources[k] < 0 || demandResources[k] >= capacities.length) {
                throw new IllegalArgumentException("demand on unknown resource " + demandResources[k]);
            }
            if (demandAmounts[k] < 0) {
                throw new IllegalArgumentException("demands must not be negative");
            }
        }
    }

    private static void requireLength(String name, int[] array, int length) {
        if (array.length != length) {
            throw new IllegalArgumentException(name + " must have length " + length);
        }
    }

    private static void requireCsr(String name, int[] offsets, int total) {
        if (offsets[0] != 0 || offsets[offsets.length - 1] != total) {
            throw new IllegalArgumentException(name + " must run from 0 to " + total);
        }
        for (int i = 1; i < offsets.length; i++) {
            if (offsets[i] < offsets[i - 1]) {
                throw new IllegalArgumentException(name + " must not decrease");
            }
        }
    }

    private void invertPrecedences() {
        for (int s : successors) {
            predecessorOffsets[s + 1]++;
        }
        for (int a = 0; a < activityCount; a++) {
            predecessorOffsets[a + 1] += predecessorOffsets[a];
        }
        int[] next = Arrays.copyOf(predecessorOffsets, activityCount);
        for (int a = 0; a < activityCount; a++) {
            for (int k = successorOffsets[a]; k < successorOffsets[a + 1]; k++) {
                int slot = next[successors[k]]++;
                predecessors[slot] = a;
                predecessorDistances[slot] = successorDistances[k];
            }
        }
    }

    /** Kahn's algorithm, lowest index first so that the order is deterministic. */
    private int[] topologicalOrderOrThrow() {
        int n = activityCount;
        int[] missing = new int[n];
        for (int a = 0; a < n; a++) {
            missing[a] = predecessorOffsets[a + 1] - predecessorOffsets[a];
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int a = 0; a < n; a++) {
            if (missing[a] == 0) {
                order[tail++] = a;
            }
        }
        while (head < tail) {
            int a = order[head++];
            for (int k = successorOffsets[a]; k < successorOffsets[a + 1]; k++) {
                if (--missing[successors[k]] == 0) {
                    order[tail++] = successors[k];
                }
            }
        }
        if (tail < n) {
            throw new PrecedenceCycleException(findCycle(missing));
        }
        return order;
    }

    /**
     * Every activity left with missing predecessors has one that is also left, so walking backwards
     * from any of them must revisit an activity; the revisited stretch is a cycle.
     */
    private List<Integer> findCycle(int[] missing) {
        int start = 0;
        while (missing[start] == 0) {
            start++;
        }
        int[] seenAt = new int[activityCount];
        Arrays.fill(seenAt, -1);
        List<Integer> walk = new ArrayList<>();
        int a = start;
        while (seenAt[a] < 0) {
            seenAt[a] = walk.size();
            walk.add(a);
            int previous = -1;
            for (int k = predecessorOffsets[a]; k < predecessorOffsets[a + 1]; k++) {
                if (missing[predecessors[k]] > 0) {
                    previous = predecessors[k];
                    break;
                }
            }
            a = previous;
        }
        List<Integer> cycle = new ArrayList<>(walk.subList(seenAt[a], walk.size()));
        Collections.reverse(cycle);
        return cycle;
    }
}
