package app.throughline.notification;

import app.throughline.events.EventTypes;
import java.util.Map;
import java.util.UUID;

/** The inbox line and SPA link of an event. */
final class NotificationTitles {

    private NotificationTitles() {}

    static String title(String type, Map<String, Object> data, String subjectTitle) {
        String t = subjectTitle == null ? "a task" : subjectTitle;
        String title = switch (type) {
            case EventTypes.TASK_CREATED -> "New task: " + t;
            case EventTypes.TASK_UPDATED -> "Task changed: " + t;
            case EventTypes.TASK_DELETED -> "Task deleted: " + t;
            case EventTypes.TASK_STATUS_CHANGED -> t + ": " + data.get("from") + " → " + data.get("to");
            case EventTypes.TASK_ASSIGNED -> "Assigned: " + t;
            case EventTypes.DEPENDENCY_CHANGED -> "Dependency " + data.get("change") + " on " + t;
            case EventTypes.APPROVAL_REQUESTED -> "Approval requested: " + t;
            case EventTypes.APPROVAL_DECIDED -> "Approval " + data.get("state") + ": " + t;
            case EventTypes.RISK_ESCALATED -> "Risk escalated to level " + data.get("level") + ": " + t;
            case EventTypes.COMMENT_MENTION -> "You were mentioned on " + t;
            case EventTypes.DEADLINE_APPROACHING -> "Deadline " + data.get("deadline") + " approaching: " + t;
            case EventTypes.TASK_OVERDUE -> "Overdue since " + data.get("deadline") + ": " + t;
            case EventTypes.MILESTONE_AT_RISK -> "Milestone at risk: " + t;
            case EventTypes.MILESTONE_MISSED -> "Milestone missed: " + t;
            case EventTypes.MILESTONE_ACHIEVED -> "Milestone achieved: " + t;
            case EventTypes.STATUS_REPORT_PUBLISHED -> "Status report published: " + t;
            default -> type;
        };
        return title.length() > 600 ? title.substring(0, 599) + "…" : title;
    }

    static String link(String type, UUID projectId, UUID subjectId) {
        if (type.startsWith("approval.")) {
            return "/approvals";
        }
        if (projectId == null) {
            return null;
        }
        if (type.equals(EventTypes.RISK_ESCALATED)) {
            return "/projects/" + projectId + "/risks/" + subjectId;
        }
        if (type.startsWith("milestone.")) {
            return "/projects/" + projectId + "/milestones";
        }
        return "/projects/" + projectId + "/plan";
    }
}
