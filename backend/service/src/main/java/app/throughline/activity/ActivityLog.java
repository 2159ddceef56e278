package app.throughline.activity;

import app.throughline.auth.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the activity log inside the caller's transaction, so a change and its record commit or
 * roll back together. Metrics (scope change, cycle time) are computed from it.
 */
@ApplicationScoped
public class ActivityLog {

    public enum Action {
        created,
        updated,
        deleted
    }

    private final ActivityRepository history;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    ActivityLog(ActivityRepository history, CurrentUser currentUser, ObjectMapper json) {
        this.history = history;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** Records one change; an update without changed fields records nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            UUID workspaceId, UUID projectId, String entityType, UUID entityId, Action action, Changes changes) {
        if (action == Action.updated && changes.isEmpty()) {
            return;
        }
        history.append(
                workspaceId,
                projectId,
                entityType,
                entityId,
                action.name(),
                currentUser.idIfAuthenticated().orElse(null),
                toJson(changes.fields()));
    }

    public String toJson(Map<String, Change> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
