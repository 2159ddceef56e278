package app.throughline.schedule.engine;

/**
 * The critical-path scheduler: a pure function from a {@link ScheduleInput} to a new {@link
 * ScheduleResult}. Runs a forward pass (early dates), a backward pass (late dates) and a float
 * analysis over array-based networks, iteratively (no recursion, whatever the size).
 *
 * <p>Semantics follow MS Project: summary tasks span their children and pass their dependencies
 * and constraints down to them; milestones are zero-length; constraints beat dependencies (the
 * task is flagged and negative float shows it); deadlines only affect float; actual dates fix
 * started work and the rest of it is scheduled after what is done (and, unless switched off, not
 * before the status date).
 */
public final class CriticalPathScheduler {

    private CriticalPathScheduler() {}

    /**
     * Schedules the input.
     *
     * @throws CycleDetectedException when dependencies (with the summary hierarchy) form a cycle;
     *     it names the tasks on it
     */
    public static ScheduleResult schedule(ScheduleInput input) {
        ScheduleState state = new ScheduleState(input);
        new ForwardPass(state).run();
        new BackwardPass(state).run();
        return new ScheduleResult(state, new FloatAnalysis(state));
    }

    /**
     * Finds a dependency cycle without scheduling.
     *
     * @return the tasks on one cycle in dependency order, or an empty array when there is none
     */
    public static int[] findCycle(ScheduleInput input) {
        ScheduleNetwork network = input.network();
        return network.cycle == null ? new int[0] : network.cycle.clone();
    }
}
