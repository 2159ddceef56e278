package app.throughline.schedule.engine;

/**
 * Date constraints on a task, as in MS Project. When a constraint contradicts the dependencies,
 * the constraint wins: the task keeps its constraint date, is flagged
 * ({@link ScheduleResult#hasConstraintConflict(int)}) and the conflict shows as negative float.
 */
public enum ConstraintType {
    /** As soon as possible (no date). */
    ASAP,
    /** As late as possible (no date): early dates as usual, scheduled at its late dates. */
    ALAP,
    /** Start no earlier than the date. */
    SNET,
    /** Start no later than the date. */
    SNLT,
    /** Finish no earlier than the date. */
    FNET,
    /** Finish no later than the date. */
    FNLT,
    /** Must start on the date. */
    MSO,
    /** Must finish on the date. */
    MFO;

    /** Whether the constraint needs a date (all but ASAP and ALAP). */
    public boolean hasDate() {
        return this != ASAP && this != ALAP;
    }

    boolean isFinishConstraint() {
        return this == FNET || this == FNLT || this == MFO;
    }
}
