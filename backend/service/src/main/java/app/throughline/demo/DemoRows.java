package app.throughline.demo;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.dependency.DependencyType;
import app.throughline.platform.ScalarQueries;
import app.throughline.project.ProjectStatus;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * What the demo seeding writes besides the tasks bulk create makes: projects, links across
 * projects, assignments, milestones, and the dates and progress that depend on the computed
 * schedule. Rows go in with JDBC batches, each creation logged like the product logs it; the
 * seeding acts as the system, so the log names no actor.
 */
@ApplicationScoped
class DemoRows {

    record NewProject(
            UUID id,
            String key,
            String name,
            String description,
            UUID ownerId,
            ProjectStatus status,
            LocalDate start,
            LocalDate targetFinish) {}

    record NewLink(UUID projectId, UUID predecessorId, UUID successorId, DependencyType type, BigDecimal lagDays) {}

    record NewAssignment(UUID projectId, UUID taskId, UUID personId, BigDecimal units) {}

    record NewMilestone(
            UUID projectId,
            String name,
            LocalDate dueDate,
            UUID ownerId,
            boolean committed,
            List<UUID> gatingTaskIds) {}

    record TaskDates(UUID taskId, ConstraintType constraintType, LocalDate constraintDate, LocalDate deadline) {}

    record TaskProgress(
            UUID taskId,
            TaskStatus status,
            BigDecimal percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish) {}

    private record PersonName(UUID id, String name) {}

    private final EntityManager entityManager;
    private final ActivityLog activity;

    DemoRows(EntityManager entityManager, ActivityLog activity) {
        this.entityManager = entityManager;
        this.activity = activity;
    }

    /** The workspace's people by first name without accents: "Chloé Martin" is "Chloe" in the plan. */
    Map<String, UUID> peopleByFirstName(UUID workspaceId) {
        Map<String, UUID> people = new HashMap<>();
        entityManager
                .unwrap(Session.class)
                .createNativeQuery("SELECT id, name FROM people WHERE workspace_id = :w", PersonName.class)
                .setParameter("w", workspaceId)
                .getResultList()
                .forEach(p -> people.put(firstName(p.name()), p.id()));
        return people;
    }

    /** The project's tasks by title (demo titles are unique within a project). */
    Map<String, UUID> tasksByTitle(UUID projectId) {
        Map<String, UUID> tasks = new HashMap<>();
        entityManager
                .unwrap(Session.class)
                .createNativeQuery("SELECT id, title AS name FROM tasks WHERE project_id = :p", PersonName.class)
                .setParameter("p", projectId)
                .getResultList()
                .forEach(t -> tasks.put(t.name(), t.id()));
        return tasks;
    }

    static String firstName(String name) {
        return Normalizer.normalize(name.split(" ")[0], Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Inserts the project without a status date: no progress is reported until {@link #setStatusDate}. */
    void insertProject(UUID workspaceId, NewProject p) {
        jdbc(workspaceId, (connection, log) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO projects (id, workspace_id, key, name, description, owner_id, status, start_date, target_finish_date, workflow_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM workflows WHERE workspace_id = ? AND is_default))
                    """)) {
                insert.setObject(1, p.id());
                insert.setObject(2, workspaceId);
                insert.setString(3, p.key());
                insert.setString(4, p.name());
                insert.setString(5, p.description());
                insert.setObject(6, p.ownerId());
                insert.setString(7, p.status().name());
                insert.setDate(8, Date.valueOf(p.start()));
                insert.setDate(9, Date.valueOf(p.targetFinish()));
                insert.setObject(10, workspaceId);
                insert.executeUpdate();
            }
            log.add(
                    p.id(),
                    "project",
                    p.id(),
                    new Changes()
                            .snapshot("key", p.key(), true)
                            .snapshot("name", p.name(), true)
                            .snapshot("description", p.description(), true)
                            .snapshot("ownerId", p.ownerId(), true)
                            .snapshot("status", p.status(), true)
                            .snapshot("startDate", p.start(), true)
                            .snapshot("targetFinishDate", p.targetFinish(), true)
                            .snapshot("statusDate", null, true));
        });
    }

    void setStatusDate(UUID projectId, LocalDate statusDate) {
        entityManager
                .createNativeQuery("UPDATE projects SET status_date = :d WHERE id = :p")
                .setParameter("d", statusDate)
                .setParameter("p", projectId)
                .executeUpdate();
    }

    /** Clears a pinned status date: the project's status date then rolls with the calendar. */
    void letStatusDateRoll(UUID projectId) {
        entityManager
                .createNativeQuery("UPDATE projects SET status_date = NULL WHERE id = :p")
                .setParameter("p", projectId)
                .executeUpdate();
    }

    void insertLinks(UUID workspaceId, List<NewLink> links) {
        jdbc(workspaceId, (connection, log) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dependencies (id, workspace_id, predecessor_id, successor_id, type, lag_days) VALUES (?, ?, ?, ?, ?, ?)
                    """)) {
                for (NewLink link : links) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setObject(2, workspaceId);
                    insert.setObject(3, link.predecessorId());
                    insert.setObject(4, link.successorId());
                    insert.setString(5, link.type().name());
                    insert.setBigDecimal(6, link.lagDays());
                    insert.addBatch();
                    log.add(
                            link.projectId(),
                            "dependency",
                            id,
                            new Changes()
                                    .snapshot("predecessorId", link.predecessorId(), true)
                                    .snapshot("successorId", link.successorId(), true)
                                    .snapshot("type", link.type(), true)
                                    .snapshot("lagDays", link.lagDays(), true));
                }
                insert.executeBatch();
            }
        });
    }

    void insertAssignments(UUID workspaceId, List<NewAssignment> assignments) {
        jdbc(workspaceId, (connection, log) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO assignments (id, workspace_id, task_id, person_id, units) VALUES (?, ?, ?, ?, ?)
                    """)) {
                for (NewAssignment a : assignments) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setObject(2, workspaceId);
                    insert.setObject(3, a.taskId());
                    insert.setObject(4, a.personId());
                    insert.setBigDecimal(5, a.units());
                    insert.addBatch();
                    log.add(
                            a.projectId(),
                            "assignment",
                            id,
                            new Changes()
                                    .snapshot("taskId", a.taskId(), true)
                                    .snapshot("personId", a.personId(), true)
                                    .snapshot("units", a.units(), true));
                }
                insert.executeBatch();
            }
        });
    }

    void insertMilestones(UUID workspaceId, List<NewMilestone> milestones) {
        jdbc(workspaceId, (connection, log) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO milestones (id, workspace_id, project_id, name, due_date, owner_id, committed) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """);
                    PreparedStatement gate = connection.prepareStatement(
                            "INSERT INTO milestone_gates (milestone_id, task_id) VALUES (?, ?)")) {
                for (NewMilestone m : milestones) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setObject(2, workspaceId);
                    insert.setObject(3, m.projectId());
                    insert.setString(4, m.name());
                    insert.setDate(5, Date.valueOf(m.dueDate()));
                    insert.setObject(6, m.ownerId());
                    insert.setBoolean(7, m.committed());
                    insert.addBatch();
                    for (UUID task : m.gatingTaskIds()) {
                        gate.setObject(1, id);
                        gate.setObject(2, task);
                        gate.addBatch();
                    }
                    log.add(
                            m.projectId(),
                            "milestone",
                            id,
                            new Changes()
                                    .snapshot("name", m.name(), true)
                                    .snapshot("dueDate", m.dueDate(), true)
                                    .snapshot("ownerId", m.ownerId(), true)
                                    .snapshot("committed", m.committed(), true)
                                    .snapshot("gatingTaskIds", m.gatingTaskIds(), true));
                }
                insert.executeBatch();
                gate.executeBatch();
            }
        });
    }

    /** Constraint dates and deadlines the plan gives relative to where the schedule put the task. */
    void updateDates(List<TaskDates> dates) {
        withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE tasks SET constraint_type = ?, constraint_date = ?, deadline = ? WHERE id = ?")) {
                for (TaskDates d : dates) {
                    update.setString(1, d.constraintType().name());
                    setDate(update, 2, d.constraintDate());
                    setDate(update, 3, d.deadline());
                    update.setObject(4, d.taskId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    void updateProgress(List<TaskProgress> progress, LocalDate reportedUpTo) {
        withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE tasks SET status = ?, percent_complete = ?, actual_start = ?, actual_finish = ?, status_category = ?,
                        status_since = coalesce(?, status_since) WHERE id = ?
                    """)) {
                for (TaskProgress p : progress) {
                    update.setString(1, p.status().name());
                    update.setBigDecimal(2, p.percentComplete());
                    setDate(update, 3, p.actualStart());
                    setDate(update, 4, p.actualFinish());
                    update.setString(5, p.status().category().name());
                    update.setObject(
                            6, DemoHistory.lastMove(p, reportedUpTo).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
                    update.setObject(7, p.taskId());
                    update.addBatch();
                }
                update.executeBatch();
            }
            // the moves that led there, so that flow analytics have a past to show
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO task_transitions (id, workspace_id, project_id, task_id, from_status, to_status, at)
                    SELECT gen_random_uuid(), t.workspace_id, t.project_id, t.id, ?, ?, ? FROM tasks t WHERE t.id = ?
                    """)) {
                for (TaskProgress p : progress) {
                    for (DemoHistory.Move move : DemoHistory.movesTo(p, reportedUpTo)) {
                        insert.setString(1, move.from());
                        insert.setString(2, move.to());
                        insert.setObject(3, move.at(), Types.TIMESTAMP_WITH_TIMEZONE);
                        insert.setObject(4, p.taskId());
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            // the tasks were created (bulk) just now; as history they existed from their project's start
            try (PreparedStatement backdate = connection.prepareStatement("""
                    UPDATE task_transitions tt SET at = CAST(p.start_date AS timestamp) AT TIME ZONE 'UTC'
                    FROM projects p
                    WHERE p.id = tt.project_id AND tt.from_status IS NULL
                      AND tt.project_id IN (SELECT project_id FROM tasks WHERE id = ANY (?))
                    """)) {
                backdate.setArray(
                        1,
                        connection.createArrayOf(
                                "uuid",
                                progress.stream().map(TaskProgress::taskId).toArray()));
                backdate.executeUpdate();
            }
        });
    }

    UUID personOfUser(UUID workspaceId, UUID userId) {
        return ScalarQueries.of(
                        entityManager,
                        "SELECT id FROM people WHERE workspace_id = :w AND user_id = :u",
                        "id",
                        UUID.class)
                .setParameter("w", workspaceId)
                .setParameter("u", userId)
                .getSingleResult();
    }

    UUID projectId(UUID workspaceId, String key) {
        return ScalarQueries.of(
                        entityManager, "SELECT id FROM projects WHERE workspace_id = :w AND key = :k", "id", UUID.class)
                .setParameter("w", workspaceId)
                .setParameter("k", key)
                .getSingleResult();
    }

    List<UUID> tasksInStatus(UUID projectId, String status) {
        return ScalarQueries.of(
                        entityManager,
                        "SELECT id FROM tasks WHERE project_id = :p AND status = :s ORDER BY number",
                        "id",
                        UUID.class)
                .setParameter("p", projectId)
                .setParameter("s", status)
                .getResultList();
    }

    /**
     * Puts a seeded project on another workflow as if it had always run on it: statuses and their
     * history are renamed through {@code mapping}; every other task in {@code splitFrom} (by number)
     * goes to {@code splitTo} instead, with its history.
     */
    void adoptWorkflow(UUID projectId, UUID workflowId, Map<String, String> mapping, String splitFrom, String splitTo) {
        entityManager.flush();
        Session session = entityManager.unwrap(Session.class);
        session.createNativeMutationQuery("UPDATE projects SET workflow_id = :wf WHERE id = :p")
                .setParameter("wf", workflowId)
                .setParameter("p", projectId)
                .executeUpdate();
        List<UUID> split = ScalarQueries.of(session, """
                        SELECT id FROM (SELECT id, row_number() OVER (ORDER BY number) AS n FROM tasks
                                        WHERE project_id = :p AND status = :s) t WHERE n % 2 = 1""", "id", UUID.class)
                .setParameter("p", projectId)
                .setParameter("s", splitFrom)
                .getResultList();
        for (Map.Entry<String, String> step : mapping.entrySet()) {
            session.createNativeMutationQuery("UPDATE tasks SET status = :to WHERE project_id = :p AND status = :from")
                    .setParameter("to", step.getValue())
                    .setParameter("p", projectId)
                    .setParameter("from", step.getKey())
                    .executeUpdate();
            session.createNativeMutationQuery(
                            "UPDATE task_transitions SET to_status = :to WHERE project_id = :p AND to_status = :from")
                    .setParameter("to", step.getValue())
                    .setParameter("p", projectId)
                    .setParameter("from", step.getKey())
                    .executeUpdate();
            session.createNativeMutationQuery(
                            "UPDATE task_transitions SET from_status = :to WHERE project_id = :p AND from_status = :from")
                    .setParameter("to", step.getValue())
                    .setParameter("p", projectId)
                    .setParameter("from", step.getKey())
                    .executeUpdate();
        }
        if (!split.isEmpty()) {
            String mappedFrom = mapping.get(splitFrom);
            session.createNativeMutationQuery("UPDATE tasks SET status = :to WHERE id IN (:ids)")
                    .setParameter("to", splitTo)
                    .setParameter("ids", split)
                    .executeUpdate();
            session.createNativeMutationQuery(
                            "UPDATE task_transitions SET to_status = :to WHERE task_id IN (:ids) AND to_status = :from")
                    .setParameter("to", splitTo)
                    .setParameter("ids", split)
                    .setParameter("from", mappedFrom)
                    .executeUpdate();
        }
    }

    private interface Work {
        void run(Connection connection, ActivityBatch log) throws SQLException;
    }

    private void jdbc(UUID workspaceId, Work work) {
        withConnection(connection -> {
            try (ActivityBatch log = new ActivityBatch(connection, workspaceId)) {
                work.run(connection, log);
            }
        });
    }

    private void withConnection(org.hibernate.jdbc.Work work) {
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(work);
    }

    /** "Created" entries for the activity log, written in one batch. */
    private final class ActivityBatch implements AutoCloseable {
        private final PreparedStatement insert;
        private final UUID workspaceId;
        private int pending;

        ActivityBatch(Connection connection, UUID workspaceId) throws SQLException {
            this.workspaceId = workspaceId;
            this.insert = connection.prepareStatement("""
                    INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                    VALUES (?, ?, ?, ?, 'created', NULL, CAST(? AS jsonb))
                    """);
        }

        void add(UUID projectId, String type, UUID entity, Changes changes) throws SQLException {
            insert.setObject(1, workspaceId);
            insert.setObject(2, projectId);
            insert.setString(3, type);
            insert.setObject(4, entity);
            insert.setString(5, activity.toJson(changes.fields()));
            insert.addBatch();
            pending++;
        }

        @Override
        public void close() throws SQLException {
            try (insert) {
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
