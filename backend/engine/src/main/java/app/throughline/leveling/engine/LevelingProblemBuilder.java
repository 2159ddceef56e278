package app.throughline.leveling.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Describes a {@link LevelingProblem} one activity, resource and dependency at a time. Activity and
 * resource ids are the indexes returned by {@link #addActivity} and {@link #addResource}.
 *
 * <pre>{@code
 * LevelingProblemBuilder b = LevelingProblem.builder();
 * int designer = b.addResource(ResourceCapacity.constant(1));
 * int mockups = b.addActivity(3);
 * int review = b.addActivity(2);
 * b.setDemand(mockups, designer, 1).setDemand(review, designer, 1);
 * b.addDependency(mockups, review, DependencyType.FINISH_TO_START, 0);
 * LevelingProblem problem = b.build();
 * }</pre>
 */
public final class LevelingProblemBuilder {
    private int[] durations = new int[16];
    private int[] releaseDates = new int[16];
    private int[] priorities = new int[16];
    private int activityCount;
    private final List<ResourceCapacity> capacities = new ArrayList<>();
    private final List<int[]> dependencies = new ArrayList<>(); // {predecessor, successor, type, lag}
    private final List<int[]> demands = new ArrayList<>(); // {activity, resource, amount}

    LevelingProblemBuilder() {}

    /** Adds an activity and returns its id. */
    public int addActivity(int duration) {
        if (activityCount == durations.length) {
            int size = activityCount * 2;
            durations = Arrays.copyOf(durations, size);
            releaseDates = Arrays.copyOf(releaseDates, size);
            priorities = Arrays.copyOf(priorities, size);
        }
        durations[activityCount] = duration;
        return activityCount++;
    }

    /** Adds a renewable resource and returns its id. */
    public int addResource(ResourceCapacity capacity) {
        capacities.add(capacity);
        return capacities.size() - 1;
    }

    /** Sets how many units of {@code resource} the activity uses in each period it runs. */
    public LevelingProblemBuilder setDemand(int activity, int resource, int amount) {
        requireActivity(activity);
        if (resource < 0 || resource >= capacities.size()) {
            throw new IllegalArgumentException("unknown resource " + resource);
        }
        demands.add(new int[] {activity, resource, amount});
        return this;
    }

    /** Adds a dependency with a lag (negative for a lead), in periods. */
    public LevelingProblemBuilder addDependency(int predecessor, int successor, DependencyType type, int lag) {
        requireActivity(predecessor);
        requireActivity(successor);
        dependencies.add(new int[] {predecessor, successor, type.ordinal(), lag});
        return this;
    }

    /** Adds a finish-to-start dependency without lag. */
    public LevelingProblemBuilder addFinishToStart(int predecessor, int successor) {
        return addDependency(predecessor, successor, DependencyType.FINISH_TO_START, 0);
    }

    /** Sets the earliest period the activity may start (levelling only ever delays work). */
    public LevelingProblemBuilder setReleaseDate(int activity, int period) {
        requireActivity(activity);
        releaseDates[activity] = period;
        return this;
    }

    /** Sets the activity's priority; higher priorities are levelled first. */
    public LevelingProblemBuilder setPriority(int activity, int priority) {
        requireActivity(activity);
        priorities[activity] = priority;
        return this;
    }

    /**
     * Builds the immutable problem. Repeated demands for the same activity and resource add up.
     *
     * @throws PrecedenceCycleException if the dependencies loop
     */
    public LevelingProblem build() {
        int n = activityCount;
        int[] successorOffsets = new int[n + 1];
        for (int[] d : dependencies) {
            successorOffsets[d[0] + 1]++;
        }
        prefixSum(successorOffsets);
        int[] successors = new int[dependencies.size()];
        int[] distances = new int[dependencies.size()];
        int[] next = Arrays.copyOf(successorOffsets, n);
        DependencyType[] types = DependencyType.values();
        for (int[] d : dependencies) {
            int slot = next[d[0]]++;
            successors[slot] = d[1];
            distances[slot] = types[d[2]].startToStartDistance(durations[d[0]], durations[d[1]], d[3]);
        }
        // sorted sparse rows rather than a dense activity x resource matrix: big portfolios have
        // thousands of people but each task uses only a few of them
        List<int[]> sorted = new ArrayList<>(demands);
        sorted.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        int[] demandOffsets = new int[n + 1];
        List<int[]> sparse = new ArrayList<>();
        for (int[] d : sorted) {
            int[] last = sparse.isEmpty() ? null : sparse.get(sparse.size() - 1);
            if (last != null && last[0] == d[0] && last[1] == d[1]) {
                last[2] += d[2];
            } else {
                sparse.add(new int[] {d[0], d[1], d[2]});
                demandOffsets[d[0] + 1]++;
            }
        }
        prefixSum(demandOffsets);
        int[] demandResources = new int[sparse.size()];
        int[] demandAmounts = new int[sparse.size()];
        for (int k = 0; k < sparse.size(); k++) {
            demandResources[k] = sparse.get(k)[1];
            demandAmounts[k] = sparse.get(k)[2];
        }
        return LevelingProblem.fromArrays(
                Arrays.copyOf(durations, n),
                successorOffsets,
                successors,
                distances,
                capacities.toArray(new ResourceCapacity[0]),
                demandOffsets,
                demandResources,
                demandAmounts,
                Arrays.copyOf(releaseDates, n),
                Arrays.copyOf(priorities, n));
    }

    private static void prefixSum(int[] offsets) {
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
        }
    }

    private void requireActivity(int activity) {
        if (activity < 0 || activity >= activityCount) {
            throw new IllegalArgumentException("unknown activity " + activity);
        }
    }
}
