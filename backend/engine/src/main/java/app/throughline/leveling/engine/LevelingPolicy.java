package app.throughline.leveling.engine;

/** What levelling may do to the project finish. */
public enum LevelingPolicy {
    /**
     * Delay work only within its float: a delay that would move the project finish is refused and the
     * over-allocation it would have removed is reported instead.
     */
    WITHIN_FLOAT,
    /** Remove every over-allocation, letting the finish slip as little as the search can manage. */
    ALLOW_SLIP
}
