package app.throughline.workflow;

/**
 * What a workflow status means to the rest of the product: {@code done} counts as complete,
 * {@code cancelled} takes the task out of the plan, the others are open work.
 */
public enum StatusCategory {
    todo,
    in_progress,
    review,
    done,
    cancelled;

    public boolean closed() {
        return this == done || this == cancelled;
    }
}
