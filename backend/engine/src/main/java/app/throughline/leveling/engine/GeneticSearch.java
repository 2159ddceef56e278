package app.throughline.leveling.engine;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hartmann's activity-list genetic algorithm (1998) with forward-backward improvement of every
 * individual that is not hopeless, whose improved order is written back into its genes (Lamarckian
 * evolution, as in Valls et al. 2005). Two-point crossover keeps lists precedence-feasible; mutation
 * shifts one activity within its precedence window or swaps unrelated neighbours. Survivors are the best of
 * parents and children with duplicate schedules removed, and a stagnating population is partly
 * re-sampled. Stops at the schedule budget or a proven lower bound, never on the clock.
 */
final class GeneticSearch {
    /**
     * Population size grows with the budget (budget / 150, between 40 and 150): on j30 at 25,000
     * schedules, 150 beat 80 which beat 40, while small budgets need generations more than diversity.
     */
    private static final int MIN_POPULATION = 40;

    private static final int MAX_POPULATION = 150;
    private static final double SWAP_RATE = 0.05;

    /** Tried 0.2, 0.5 and 1.0 on j30: always shifting one activity did best. */
    private static final double SHIFT_RATE = 1.0;

    private static final int STAGNATION_GENERATIONS = 30;

    /**
     * A child whose decoded schedule is more than this factor longer than the population's worst
     * skips forward-backward improvement: it rarely survives, and the two passes it would cost buy
     * more as new children. On j120 (every third instance of the subset, two seeds) 1.02 to 1.05
     * beat always improving by about 0.1 % of mean deviation at an equal schedule count; 1.0 and
     * 1.15 did not.
     */
    private static final double HOPELESS = 1.03;

    private final LevelingProblem problem;
    private final SearchBudget budget;
    private final SerialScheduleGenerator generator;
    private final Justification justification;
    private final RegretSampler sampler;
    private final SplittableRandom random;
    private final int lowerBound;
    private final boolean justifiable;
    private final int n;

    private final int population;
    private final int[][] lists;
    private final int[] makespans;
    private final long[] fingerprints;

    /** Hash of each member's activity list, to find a child that repeats a member's list. */
    private final int[] listHashes;

    private int size;
    private final int[] starts;
    private final int[] bestStarts;
    private int bestMakespan = Integer.MAX_VALUE;
    private final int[] taken;
    private int stamp;
    private final int[] position;

    /** Makespan and schedule fingerprint of the list last passed to {@link #evaluate}. */
    private int lastMakespan;

    private long lastFingerprint;

    GeneticSearch(LevelingProblem problem, SearchBudget budget, long[] samplingKey, int lowerBound) {
        this.problem = problem;
        this.budget = budget;
        this.n = problem.activityCount;
        this.generator = new SerialScheduleGenerator(problem);
        this.justification = new Justification(problem, generator);
        this.sampler = new RegretSampler(problem, samplingKey);
        this.random = new SplittableRandom(budget.seed());
        this.population = Math.max(MIN_POPULATION, Math.min(MAX_POPULATION, budget.maxSchedules() / 150));
        // room for the parents, their children and the priority-rule seeds
        this.lists = new int[2 * population + 16][];
        this.makespans = new int[lists.length];
        this.fingerprints = new long[lists.length];
        this.listHashes = new int[lists.length];
        this.lowerBound = lowerBound;
        boolean allPlaceable = true;
        for (int a = 0; a < n; a++) {
            allPlaceable &= generator.isPlaceable(a);
        }
        // right-shifting only provably keeps a schedule feasible when every activity fits somewhere
        this.justifiable = allPlaceable;
        this.starts = new int[n];
        this.bestStarts = new int[n];
        this.taken = new int[n];
        this.position = new int[n];
    }

    /**
     * Runs the search from the given activity lists (e.g. from priority rules) and returns the best
     * schedule found. The seed lists are always evaluated, even beyond the budget.
     */
    Schedule run(List<int[]> seedLists) {
        for (int[] list : seedLists) {
            addIfNew(evaluate(list.clone()));
        }
        fillPopulation();
        int stagnant = 0;
        int[] order = new int[population];
        while (!exhausted()) {
            int bestBefore = bestMakespan;
            int parents = size;
            double justifyUpTo = parents < population ? Double.MAX_VALUE : HOPELESS * worstMakespan(parents);
            for (int i = 0; i < parents; i++) {
                order[i] = i;
            }
            shuffle(order, parents);
            for (int i = 0; i + 1 < parents && !exhausted(); i += 2) {
                int[] mother = lists[order[i]];
                int[] father = lists[order[i + 1]];
                int q1 = random.nextInt(n + 1);
                int q2 = random.nextInt(n + 1);
                int low = Math.min(q1, q2);
                int high = Math.max(q1, q2);
                breed(mutate(crossover(mother, father, low, high)), justifyUpTo);
                breed(mutate(crossover(father, mother, low, high)), justifyUpTo);
            }
            survive();
            stagnant = bestMakespan < bestBefore ? 0 : stagnant + 1;
            if (stagnant >= STAGNATION_GENERATIONS) {
                size = Math.min(size, population / 4); // keep the elite, re-sample the rest
                stagnant = 0;
            }
            fillPopulation();
        }
        return Schedule.adopt(bestStarts.clone(), bestMakespan);
    }

    int schedulesBuilt() {
        return generator.schedulesBuilt();
    }

    private boolean exhausted() {
        return bestMakespan <= lowerBound || generator.schedulesBuilt() >= budget.maxSchedules();
    }

    private void fillPopulation() {
        while (size < population && !exhausted()) {
            int[] list = new int[n];
            sampler.sample(random, list);
            addIfNew(evaluate(list));
        }
    }

    /**
     * Evaluates and adds a child, unless its list is a member's list: that decodes to the member's
     * schedule, which {@link #addIfNew} would refuse after spending up to three schedules on it
     * (about one child in thirteen on j120 once the population has converged).
     */
    private void breed(int[] child, double justifyUpTo) {
        int hash = Arrays.hashCode(child);
        for (int i = 0; i < size; i++) {
            if (listHashes[i] == hash && Arrays.equals(lists[i], child)) {
                return;
            }
        }
        addIfNew(evaluate(child, justifyUpTo));
    }

    private int worstMakespan(int count) {
        int worst = 0;
        for (int i = 0; i < count; i++) {
            worst = Math.max(worst, makespans[i]);
        }
        return worst;
    }

    /** Decodes and improves a list in place (its genes become the improved order); returns it. */
    private int[] evaluate(int[] list) {
        return evaluate(list, Double.MAX_VALUE);
    }

    /** As {@link #evaluate(int[])}, improving the schedule only if its makespan is at most the limit. */
    private int[] evaluate(int[] list, double justifyUpTo) {
        int makespan = generator.schedule(list, starts);
        if (justifiable && makespan <= justifyUpTo) {
            makespan = justification.improve(starts, makespan, list);
        }
        if (makespan < bestMakespan) {
            bestMakespan = makespan;
            System.arraycopy(starts, 0, bestStarts, 0, n);
        }
        lastMakespan = makespan;
        lastFingerprint = Arrays.hashCode(starts);
        return list;
    }

    private void addIfNew(int[] list) {
        for (int i = 0; i < size; i++) {
            if (fingerprints[i] == lastFingerprint && makespans[i] == lastMakespan) {
                return; // the same schedule again adds nothing but lost diversity
            }
        }
        if (size == lists.length) {
            return;
        }
        lists[size] = list;
        makespans[size] = lastMakespan;
        fingerprints[size] = lastFingerprint;
        listHashes[size] = Arrays.hashCode(list);
        size++;
    }

    /** Keeps the best {@code population}; among equals the newest first, to drift over plateaus. */
    private void survive() {
        Integer[] index = new Integer[size];
        for (int i = 0; i < size; i++) {
            index[i] = size - 1 - i;
        }
        Arrays.sort(index, (x, y) -> Integer.compare(makespans[x], makespans[y]));
        int keep = Math.min(size, population);
        int[][] keptLists = new int[keep][];
        int[] keptMakespans = new int[keep];
        long[] keptFingerprints = new long[keep];
        int[] keptHashes = new int[keep];
        for (int i = 0; i < keep; i++) {
            keptLists[i] = lists[index[i]];
            keptMakespans[i] = makespans[index[i]];
            keptFingerprints[i] = fingerprints[index[i]];
            keptHashes[i] = listHashes[index[i]];
        }
        Arrays.fill(lists, null);
        for (int i = 0; i < keep; i++) {
            lists[i] = keptLists[i];
            makespans[i] = keptMakespans[i];
            fingerprints[i] = keptFingerprints[i];
            listHashes[i] = keptHashes[i];
        }
        size = keep;
    }

    /** Two-point crossover: head from the first parent, middle in the second's order, tail back. */
    private int[] crossover(int[] first, int[] second, int q1, int q2) {
        int[] child = new int[n];
        stamp++;
        int filled = 0;
        for (int i = 0; i < q1; i++) {
            child[filled++] = first[i];
            taken[first[i]] = stamp;
        }
        for (int i = 0; i < n && filled < q2; i++) {
            int a = second[i];
            if (taken[a] != stamp) {
                child[filled++] = a;
                taken[a] = stamp;
            }
        }
        for (int i = 0; i < n && filled < n; i++) {
            int a = first[i];
            if (taken[a] != stamp) {
                child[filled++] = a;
                taken[a] = stamp;
            }
        }
        return child;
    }

    private int[] mutate(int[] list) {
        if (random.nextDouble() < SHIFT_RATE) {
            shift(list);
        }
        for (int i = 0; i + 1 < n; i++) {
            if (random.nextDouble() < SWAP_RATE && !precedes(list[i], list[i + 1])) {
                int a = list[i];
                list[i] = list[i + 1];
                list[i + 1] = a;
            }
        }
        return list;
    }

    /** Moves one random activity to a random place between its predecessors and successors. */
    private void shift(int[] list) {
        for (int i = 0; i < n; i++) {
            position[list[i]] = i;
        }
        int from = random.nextInt(n);
        int a = list[from];
        int low = 0;
        int high = n - 1;
        for (int k = problem.predecessorOffsets[a]; k < problem.predecessorOffsets[a + 1]; k++) {
            low = Math.max(low, position[problem.predecessors[k]] + 1);
        }
        for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
            high = Math.min(high, position[problem.successors[k]] - 1);
        }
        int to = low + random.nextInt(high - low + 1);
        if (to > from) {
            System.arraycopy(list, from + 1, list, from, to - from);
        } else if (to < from) {
            System.arraycopy(list, to, list, to + 1, from - to);
        }
        list[to] = a;
    }

    private boolean precedes(int a, int b) {
        for (int k = problem.successorOffsets[a]; k < problem.successorOffsets[a + 1]; k++) {
            if (problem.successors[k] == b) {
                return true;
            }
        }
        return false;
    }

    private void shuffle(int[] values, int count) {
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int v = values[i];
            values[i] = values[j];
            values[j] = v;
        }
    }
}
