package app.throughline.events;

import java.util.List;

/** The event types of the public contract (API.md, "Notifications, webhooks, calendar feeds"). */
public final class EventTypes {

    public static final String TASK_CREATED = "task.created";
    public static final String TASK_UPDATED = "task.updated";
    public static final String TASK_DELETED = "task.deleted";
    public static final String TASK_STATUS_CHANGED = "task.status_changed";
    public static final String TASK_ASSIGNED = "task.assigned";
    public static final String DEPENDENCY_CHANGED = "dependency.changed";
    public static final String MILESTONE_AT_RISK = "milestone.at_risk";
    public static final String MILESTONE_MISSED = "milestone.missed";
    public static final String MILESTONE_ACHIEVED = "milestone.achieved";
    public static final String APPROVAL_REQUESTED = "approval.requested";
    public static final String APPROVAL_DECIDED = "approval.decided";
    public static final String RISK_ESCALATED = "risk.escalated";
    public static final String STATUS_REPORT_PUBLISHED = "status_report.published";
    public static final String DEADLINE_APPROACHING = "deadline.approaching";
    public static final String TASK_OVERDUE = "task.overdue";
    public static final String COMMENT_MENTION = "comment.mention";

    public static final List<String> ALL = List.of(
            TASK_CREATED,
            TASK_UPDATED,
            TASK_DELETED,
            TASK_STATUS_CHANGED,
            TASK_ASSIGNED,
            DEPENDENCY_CHANGED,
            MILESTONE_AT_RISK,
            MILESTONE_MISSED,
            MILESTONE_ACHIEVED,
            APPROVAL_REQUESTED,
            APPROVAL_DECIDED,
            RISK_ESCALATED,
            STATUS_REPORT_PUBLISHED,
            DEADLINE_APPROACHING,
            TASK_OVERDUE,
            COMMENT_MENTION);

    private EventTypes() {}
}
