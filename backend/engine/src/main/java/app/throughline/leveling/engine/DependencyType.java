package app.throughline.leveling.engine;

/**
 * The four dependency types of a project plan. The levelling core only knows minimum start-to-start
 * distances, so every type is converted to one: "the successor may start no earlier than {@code
 * distance} periods after the predecessor starts".
 */
public enum DependencyType {
    /** The successor starts after the predecessor finishes. */
    FINISH_TO_START,
    /** The successor starts after the predecessor starts. */
    START_TO_START,
    /** The successor finishes after the predecessor finishes. */
    FINISH_TO_FINISH,
    /** The successor finishes after the predecessor starts. */
    START_TO_FINISH;

    /**
     * Converts this dependency to a minimum start-to-start distance. Durations are fixed in the
     * levelling problem (work is never stretched), which is what makes the conversion exact.
     *
     * @param predecessorDuration duration of the predecessor, in periods
     * @param successorDuration duration of the successor, in periods
     * @param lag lag in periods (negative for a lead)
     * @return the minimum distance from the predecessor's start to the successor's start
     */
    public int startToStartDistance(int predecessorDuration, int successorDuration, int lag) {
        return switch (this) {
            case FINISH_TO_START -> predecessorDuration + lag;
            case START_TO_START -> lag;
            case FINISH_TO_FINISH -> predecessorDuration - successorDuration + lag;
            case START_TO_FINISH -> lag - successorDuration;
        };
    }
}
