package app.throughline.schedule.engine;

/** What fixed a task's early start (see {@link ScheduleResult#driver(int)}). */
public enum DriverKind {
    /** Nothing held it back: it starts at the project start. */
    PROJECT_START,
    /** A dependency (its index is in {@link Driver#dependency()}), possibly one on a summary ancestor. */
    DEPENDENCY,
    /** The task's own date constraint, or one of a summary ancestor. */
    CONSTRAINT,
    /** The task's actual start (or actual finish). */
    ACTUAL,
    /** Unfinished work may not be scheduled before the status date. */
    STATUS_DATE,
    /**
     * The task's levelling delay, added after what would otherwise drive it ({@link
     * Driver#dependency()} is that dependency, or -1).
     */
    LEVELING_DELAY
}
