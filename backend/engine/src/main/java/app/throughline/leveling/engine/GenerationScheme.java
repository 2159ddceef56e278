package app.throughline.leveling.engine;

/** How a priority rule is turned into a schedule. */
public enum GenerationScheme {
    /**
     * Activity by activity, each at its earliest feasible start ({@link SerialScheduleGenerator}).
     */
    SERIAL,
    /** Time by time, starting what fits ({@link ParallelScheduleGenerator}). */
    PARALLEL
}
