package app.throughline.schedule;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Reads of the plan as the scheduler sees it: the project's dates, its tasks, dependencies and milestones. */
@ApplicationScoped
public class PlanRepository {

    /** The project fields the schedule depends on. */
    public record ProjectFacts(
            UUID workspaceId, LocalDate startDate, UUID calendarId, LocalDate statusDate, LocalDate targetFinishDate) {}

    /** A task as the engine needs it, in key order. */
    public record TaskRow(
            UUID id,
            UUID parentId,
            BigDecimal durationDays,
            Integer durationMinutes,
            String constraintType,
            LocalDate constraintDate,
            LocalDate deadline,
            BigDecimal percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish,
            String status,
            int number) {}

    /**
     * A dependency into the project; the predecessor's stored dates are set only when it lies in
     * another project and has been scheduled there.
     */
    public record LinkRow(
            UUID id,
            UUID predecessorId,
            UUID successorId,
            String type,
            BigDecimal lagDays,
            Integer lagMinutes,
            LocalDateTime predecessorEarlyStart,
            LocalDateTime predecessorEarlyFinish,
            Instant createdAt) {

        public LinkRow withPredecessorDates(LocalDateTime earlyStart, LocalDateTime earlyFinish) {
            return new LinkRow(
                    id, predecessorId, successorId, type, lagDays, lagMinutes, earlyStart, earlyFinish, createdAt);
        }
    }

    /** The stored dates of a task, for predecessors in other projects. */
    public record StoredDates(UUID taskId, LocalDateTime earlyStart, LocalDateTime earlyFinish) {}

    /** A milestone of the project with the tasks that gate it. */
    public record PlanMilestone(UUID id, String name, LocalDate dueDate, boolean committed, List<UUID> gates) {}

    /** A task's key (e.g. WEB-4) and title. */
    public record TaskLabel(String key, String title) {}

    /** A dependency's predecessor, type and lag. */
    public record Link(UUID predecessorId, String type, BigDecimal lagDays) {}

    private record TaskDone(UUID id, boolean done) {}

    private record TaskDelay(UUID taskId, int minutes) {}

    /** One gate of a milestone (a null task for a milestone without gates). */
    private record MilestoneGateRow(UUID milestoneId, String name, LocalDate dueDate, boolean committed, UUID taskId) {}

    private final EntityManager entityManager;

    PlanRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ProjectFacts project(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT workspace_id, start_date, calendar_id, status_date, target_finish_date
                        FROM projects WHERE id = :p
                        """, ProjectFacts.class)
                .setParameter("p", projectId)
                .getSingleResult();
    }

    public boolean projectExists(UUID projectId) {
        return !ScalarQueries.of(session(), "SELECT id FROM projects WHERE id = :p", "id", UUID.class)
                .setParameter("p", projectId)
                .getResultList()
                .isEmpty();
    }

    /** Projects whose working time comes from the calendar (theirs, or the workspace default they fall back to). */
    public List<UUID> projectsOnCalendar(UUID calendarId) {
        return ScalarQueries.of(session(), """
                        SELECT p.id FROM projects p JOIN calendars c ON c.id = :cal
                        WHERE p.workspace_id = c.workspace_id AND (p.calendar_id = c.id OR (p.calendar_id IS NULL AND c.is_default))
                        """, "id", UUID.class)
                .setParameter("cal", calendarId)
                .getResultList();
    }

    private static final String TASK_COLUMNS = """
            SELECT id, parent_id, duration_days, duration_minutes, constraint_type, constraint_date, deadline, percent_complete,
                   actual_start, actual_finish, status_category AS status, number
            FROM tasks
            """;

    public List<TaskRow> tasks(UUID projectId) {
        return session()
                .createNativeQuery(TASK_COLUMNS + " WHERE project_id = :p ORDER BY number", TaskRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /** Those of the tasks that still exist in the project. */
    public List<TaskRow> tasks(UUID projectId, Collection<UUID> taskIds) {
        return session()
                .createNativeQuery(TASK_COLUMNS + " WHERE project_id = :p AND id IN (:ids)", TaskRow.class)
                .setParameter("p", projectId)
                .setParameter("ids", taskIds)
                .getResultList();
    }

    public List<UUID> taskIdsInKeyOrder(UUID projectId) {
        return ScalarQueries.of(
                        session(), "SELECT id FROM tasks WHERE project_id = :p ORDER BY number", "id", UUID.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    private static final String LINK_COLUMNS = """
            SELECT d.id, d.predecessor_id, d.successor_id, d.type, d.lag_days, d.lag_minutes, ps.early_start, ps.early_finish, d.created_at
            FROM dependencies d JOIN tasks s ON s.id = d.successor_id
            LEFT JOIN tasks p ON p.id = d.predecessor_id
            LEFT JOIN task_schedules ps ON ps.task_id = d.predecessor_id AND p.project_id <> :p
            WHERE s.project_id = :p
            """;

    /** Dependencies into the project's tasks, in the order they were made. */
    public List<LinkRow> links(UUID projectId) {
        return session()
                .createNativeQuery(LINK_COLUMNS + " ORDER BY d.created_at, d.id", LinkRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /** Those of the dependencies that still lead into the project. */
    public List<LinkRow> links(UUID projectId, Collection<UUID> dependencyIds) {
        return session()
                .createNativeQuery(LINK_COLUMNS + " AND d.id IN (:ids)", LinkRow.class)
                .setParameter("p", projectId)
                .setParameter("ids", dependencyIds)
                .getResultList();
    }

    /** The stored schedule dates of the tasks (those never scheduled are absent). */
    public List<StoredDates> storedDates(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return session()
                .createNativeQuery(
                        "SELECT task_id, early_start, early_finish FROM task_schedules WHERE task_id IN (:ids)",
                        StoredDates.class)
                .setParameter("ids", taskIds)
                .getResultList();
    }

    /** The project's milestones by due date. */
    public List<PlanMilestone> milestones(UUID projectId) {
        List<MilestoneGateRow> rows = session()
                .createNativeQuery("""
                        SELECT m.id, m.name, m.due_date, m.committed, g.task_id FROM milestones m
                        LEFT JOIN milestone_gates g ON g.milestone_id = m.id WHERE m.project_id = :p ORDER BY m.due_date, m.id
                        """, MilestoneGateRow.class)
                .setParameter("p", projectId)
                .getResultList();
        Map<UUID, PlanMilestone> byId = new LinkedHashMap<>();
        for (MilestoneGateRow row : rows) {
            PlanMilestone milestone = byId.computeIfAbsent(
                    row.milestoneId(),
                    id -> new PlanMilestone(id, row.name(), row.dueDate(), row.committed(), new ArrayList<>()));
            if (row.taskId() != null) {
                milestone.gates().add(row.taskId());
            }
        }
        return List.copyOf(byId.values());
    }

    /** Whether each task is done (by status or by progress). */
    public Map<UUID, Boolean> doneFlags(Collection<UUID> taskIds) {
        Map<UUID, Boolean> done = new HashMap<>();
        if (taskIds.isEmpty()) {
            return done;
        }
        session()
                .createNativeQuery(
                        "SELECT id, status_category = 'done' OR percent_complete >= 100 FROM tasks WHERE id IN (:ids)",
                        TaskDone.class)
                .setParameter("ids", taskIds)
                .getResultList()
                .forEach(row -> done.put(row.id(), row.done()));
        return done;
    }

    /** The levelling delays of the project's tasks, in working minutes of the project calendar. */
    public Map<UUID, Integer> levelingDelays(UUID projectId) {
        Map<UUID, Integer> delays = new HashMap<>();
        session()
                .createNativeQuery(
                        "SELECT task_id, minutes FROM task_leveling_delays WHERE project_id = :p", TaskDelay.class)
                .setParameter("p", projectId)
                .getResultList()
                .forEach(row -> delays.put(row.taskId(), row.minutes()));
        return delays;
    }

    public Optional<TaskLabel> taskLabel(UUID taskId) {
        return session()
                .createNativeQuery(
                        "SELECT p.key || '-' || t.number, t.title FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.id = :id",
                        TaskLabel.class)
                .setParameter("id", taskId)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Link link(UUID dependencyId) {
        return session()
                .createNativeQuery("SELECT predecessor_id, type, lag_days FROM dependencies WHERE id = :id", Link.class)
                .setParameter("id", dependencyId)
                .getSingleResult();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
