package app.throughline.task;

/** Task vocabularies (lowercase constants: they are the wire and database values). */
public final class TaskEnums {

    private TaskEnums() {}

    /** The statuses of the standard workflow (every workspace's default), for seeding and tests. */
    public enum TaskStatus {
        todo,
        in_progress,
        review,
        blocked,
        done,
        cancelled;

        public app.throughline.workflow.StatusCategory category() {
            return this == blocked
                    ? app.throughline.workflow.StatusCategory.in_progress
                    : app.throughline.workflow.StatusCategory.valueOf(name());
        }
    }

    public enum Priority {
        low,
        medium,
        high,
        urgent
    }

    /** As soon/late as possible; start/finish no earlier/later than; must start/finish on. */
    public enum ConstraintType {
        asap,
        alap,
        snet,
        snlt,
        fnet,
        fnlt,
        mso,
        mfo;

        public boolean needsDate() {
            return this != asap && this != alap;
        }
    }
}
