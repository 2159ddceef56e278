package app.throughline.leveling.engine;

import java.util.List;

/** Thrown when the precedence relations loop; names the activities on one such loop. */
public final class PrecedenceCycleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<Integer> cycle;

    /**
     * @param cycle activity indexes in precedence order; the last one precedes the first
     */
    public PrecedenceCycleException(List<Integer> cycle) {
        super("precedence relations form a cycle through activities " + cycle);
        this.cycle = List.copyOf(cycle);
    }

    /** The activities on the cycle, in precedence order. */
    public List<Integer> cycle() {
        return cycle;
    }
}
