package app.throughline.schedule.engine;

import java.util.Arrays;

/**
 * The dependencies (together with the summary hierarchy) form a cycle, so there is no schedule.
 * Names the tasks on one such cycle, in dependency order.
 */
public final class CycleDetectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int[] taskIndexes;

    CycleDetectedException(int[] taskIndexes) {
        super("dependency cycle through tasks " + Arrays.toString(taskIndexes));
        this.taskIndexes = taskIndexes.clone();
    }

    /** Indexes of the tasks on the cycle, each once, in the order the dependencies run. */
    public int[] taskIndexes() {
        return taskIndexes.clone();
    }
}
