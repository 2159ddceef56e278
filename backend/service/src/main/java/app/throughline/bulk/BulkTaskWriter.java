package app.throughline.bulk;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.bulk.BulkDtos.BulkDependency;
import app.throughline.bulk.BulkDtos.BulkTask;
import app.throughline.dependency.DependencyType;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.workflow.WorkflowDefinition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Where bulk-created tasks, their dependencies and their activity entries go into the database. */
@ApplicationScoped
class BulkTaskWriter {

    /** The project written into, and who is recorded as creating the rows (null: the system, as at seeding). */
    record Target(UUID workspaceId, UUID projectId, UUID actorId, WorkflowDefinition workflow) {

        String statusOf(BulkTask item) {
            return item.status() == null ? workflow.initialStatus().key() : item.status();
        }
    }

    private final EntityManager entityManager;
    private final ActivityLog activity;
    private final ObjectMapper json;

    BulkTaskWriter(EntityManager entityManager, ActivityLog activity, ObjectMapper json) {
        this.entityManager = entityManager;
        this.activity = activity;
        this.json = json;
    }

    /** Which of these task ids exist in the project. */
    Set<UUID> existingTasks(UUID projectId, Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager
                .createQuery("select t.id from Task t where t.projectId = :p and t.id in :ids", UUID.class)
                .setParameter("p", projectId)
                .setParameter("ids", taskIds)
                .getResultList());
    }

    /** Inserts the rows (parents before children) and the plan's dependencies, logging each as created. */
    void write(Target target, List<BulkRow> rows, BulkPlan plan, UUID[] dependencyIds) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            insertTasks(connection, target, rows);
            insertDependencies(connection, target, plan, dependencyIds);
            logCreations(connection, target, rows, plan, dependencyIds);
        });
    }

    // Each table gets one INSERT … SELECT FROM unnest(arrays): one statement and one round trip for all rows
    // instead of a batch of single-row statements (10,000 tasks + 20,000 links went from ~5 s of round trips to
    // well under a second). WITH ORDINALITY keeps the rows' order, so serial ids and parents-first hold as before.

    private void insertTasks(Connection connection, Target target, List<BulkRow> rows) throws SQLException {
        String sql = """
                INSERT INTO tasks (id, workspace_id, project_id, parent_id, number, position, title, description, status, priority,
                    duration_days, constraint_type, constraint_date, deadline, percent_complete, tags, created_by, created_at, updated_at,
                    status_category, status_since)
                SELECT r.id, ?, ?, r.parent_id, r.number, r.position, r.title, r.description, r.status, r.priority, r.duration_days,
                    r.constraint_type, CAST(r.constraint_date AS date), CAST(r.deadline AS date), 0,
                    ARRAY(SELECT jsonb_array_elements_text(CAST(r.tags AS jsonb))), ?, now(), now(), r.category, now()
                FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS int[]), CAST(? AS int[]), CAST(? AS text[]), CAST(? AS text[]),
                    CAST(? AS text[]), CAST(? AS text[]), CAST(? AS numeric[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                    CAST(? AS text[]), CAST(? AS text[])) WITH ORDINALITY
                    AS r(id, parent_id, number, position, title, description, status, priority, duration_days, constraint_type,
                         constraint_date, deadline, tags, category, ord)
                ORDER BY r.ord
                """;
        int n = rows.size();
        UUID[] ids = new UUID[n];
        UUID[] parents = new UUID[n];
        Integer[] numbers = new Integer[n];
        Integer[] positions = new Integer[n];
        String[] titles = new String[n];
        String[] descriptions = new String[n];
        String[] statuses = new String[n];
        String[] categories = new String[n];
        String[] priorities = new String[n];
        BigDecimal[] durations = new BigDecimal[n];
        String[] constraintTypes = new String[n];
        String[] constraintDates = new String[n];
        String[] deadlines = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            BulkRow row = rows.get(i);
            BulkTask item = row.item();
            ids[i] = row.id();
            parents[i] = row.parentId();
            numbers[i] = row.number();
            positions[i] = row.position();
            titles[i] = item.title().trim();
            descriptions[i] = item.description();
            statuses[i] = target.statusOf(item);
            categories[i] = target.workflow()
                    .status(statuses[i])
                    .orElseThrow()
                    .category()
                    .name();
            priorities[i] = (item.priority() == null ? Priority.medium : item.priority()).name();
            durations[i] = item.durationDays();
            constraintTypes[i] = (item.constraintType() == null ? ConstraintType.asap : item.constraintType()).name();
            constraintDates[i] =
                    item.constraintDate() == null ? null : item.constraintDate().toString();
            deadlines[i] = item.deadline() == null ? null : item.deadline().toString();
            tags[i] = toJson(
                    item.tags() == null
                            ? List.of()
                            : item.tags().stream().map(String::trim).distinct().toList());
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, target.workspaceId());
            insert.setObject(2, target.projectId());
            insert.setObject(3, target.actorId(), Types.OTHER);
            insert.setArray(4, connection.createArrayOf("uuid", ids));
            insert.setArray(5, connection.createArrayOf("uuid", parents));
            insert.setArray(6, connection.createArrayOf("int4", numbers));
            insert.setArray(7, connection.createArrayOf("int4", positions));
            insert.setArray(8, connection.createArrayOf("text", titles));
            insert.setArray(9, connection.createArrayOf("text", descriptions));
            insert.setArray(10, connection.createArrayOf("text", statuses));
            insert.setArray(11, connection.createArrayOf("text", priorities));
            insert.setArray(12, connection.createArrayOf("numeric", durations));
            insert.setArray(13, connection.createArrayOf("text", constraintTypes));
            insert.setArray(14, connection.createArrayOf("text", constraintDates));
            insert.setArray(15, connection.createArrayOf("text", deadlines));
            insert.setArray(16, connection.createArrayOf("text", tags));
            insert.setArray(17, connection.createArrayOf("text", categories));
            insert.executeUpdate();
        }
        try (PreparedStatement history = connection.prepareStatement("""
                INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, by_user_id, at)
                SELECT gen_random_uuid(), ?, ?, r.id, NULL, r.status, ?, now()
                FROM unnest(CAST(? AS uuid[]), CAST(? AS text[])) AS r(id, status)
                """)) {
            history.setObject(1, target.workspaceId());
            history.setObject(2, target.projectId());
            history.setObject(3, target.actorId(), Types.OTHER);
            history.setArray(4, connection.createArrayOf("uuid", ids));
            history.setArray(5, connection.createArrayOf("text", statuses));
            history.executeUpdate();
        }
    }

    private void insertDependencies(Connection connection, Target target, BulkPlan plan, UUID[] dependencyIds)
            throws SQLException {
        List<BulkDependency> links = plan.dependencies();
        if (links.isEmpty()) {
            return;
        }
        String sql = """
                INSERT INTO dependencies (id, workspace_id, predecessor_id, successor_id, type, lag_days, created_by, created_at)
                SELECT r.id, ?, r.predecessor_id, r.successor_id, r.type, r.lag_days, ?, now()
                FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS numeric[])) WITH ORDINALITY
                    AS r(id, predecessor_id, successor_id, type, lag_days, ord)
                ORDER BY r.ord
                """;
        int n = links.size();
        UUID[] predecessors = new UUID[n];
        UUID[] successors = new UUID[n];
        String[] types = new String[n];
        BigDecimal[] lags = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            BulkDependency link = links.get(i);
            predecessors[i] = plan.ids()[plan.links()[i][0]];
            successors[i] = plan.ids()[plan.links()[i][1]];
            types[i] = (link.type() == null ? DependencyType.fs : link.type()).name();
            lags[i] = link.lagDays() == null ? BigDecimal.ZERO : link.lagDays();
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, target.workspaceId());
            insert.setObject(2, target.actorId(), Types.OTHER);
            insert.setArray(3, connection.createArrayOf("uuid", dependencyIds));
            insert.setArray(4, connection.createArrayOf("uuid", predecessors));
            insert.setArray(5, connection.createArrayOf("uuid", successors));
            insert.setArray(6, connection.createArrayOf("text", types));
            insert.setArray(7, connection.createArrayOf("numeric", lags));
            insert.executeUpdate();
        }
    }

    private void logCreations(
            Connection connection, Target target, List<BulkRow> rows, BulkPlan plan, UUID[] dependencyIds)
            throws SQLException {
        String sql = """
                INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                SELECT ?, ?, r.entity_type, r.entity_id, 'created', ?, CAST(r.changes AS jsonb)
                FROM unnest(CAST(? AS text[]), CAST(? AS uuid[]), CAST(? AS text[])) WITH ORDINALITY AS r(entity_type, entity_id, changes, ord)
                ORDER BY r.ord
                """;
        List<BulkDependency> links = plan.dependencies();
        int n = rows.size() + links.size();
        String[] types = new String[n];
        UUID[] entities = new UUID[n];
        String[] changes = new String[n];
        int k = 0;
        for (BulkRow row : rows) {
            BulkTask item = row.item();
            Changes snapshot = new Changes()
                    .snapshot("number", row.number(), true)
                    .snapshot("title", item.title().trim(), true)
                    .snapshot("description", item.description(), true)
                    .snapshot("parentId", row.parentId(), true)
                    .snapshot("status", target.statusOf(item), true)
                    .snapshot("priority", item.priority() == null ? Priority.medium : item.priority(), true)
                    .snapshot("durationDays", item.durationDays(), true)
                    .snapshot(
                            "constraintType",
                            item.constraintType() == null ? ConstraintType.asap : item.constraintType(),
                            true)
                    .snapshot("constraintDate", item.constraintDate(), true)
                    .snapshot("deadline", item.deadline(), true)
                    .snapshot("tags", item.tags() == null || item.tags().isEmpty() ? null : item.tags(), true);
            types[k] = "task";
            entities[k] = row.id();
            changes[k++] = activity.toJson(snapshot.fields());
        }
        for (int i = 0; i < links.size(); i++) {
            BulkDependency link = links.get(i);
            Changes snapshot = new Changes()
                    .snapshot("predecessorId", plan.ids()[plan.links()[i][0]], true)
                    .snapshot("successorId", plan.ids()[plan.links()[i][1]], true)
                    .snapshot("type", link.type() == null ? DependencyType.fs : link.type(), true)
                    .snapshot("lagDays", link.lagDays() == null ? BigDecimal.ZERO : link.lagDays(), true);
            types[k] = "dependency";
            entities[k] = dependencyIds[i];
            changes[k++] = activity.toJson(snapshot.fields());
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, target.workspaceId());
            insert.setObject(2, target.projectId());
            insert.setObject(3, target.actorId(), Types.OTHER);
            insert.setArray(4, connection.createArrayOf("text", types));
            insert.setArray(5, connection.createArrayOf("uuid", entities));
            insert.setArray(6, connection.createArrayOf("text", changes));
            insert.executeUpdate();
        }
    }

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
