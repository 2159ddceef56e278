package app.throughline.leveling;

import app.throughline.leveling.LevelingModel.AssignmentRow;
import app.throughline.leveling.LevelingModel.LinkRow;
import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/** Reads of the stored plan and schedule of the projects being levelled. */
@ApplicationScoped
class LevelingRepository {

    /** A leaf task with its stored schedule and what may pin it in place. */
    record LeafTask(
            UUID id,
            UUID projectId,
            String priority,
            String constraintType,
            boolean started,
            LocalDateTime earlyStart,
            LocalDateTime earlyFinish) {}

    private record TaskParent(UUID id, UUID parentId) {}

    /** A task's levelling delay in working minutes of its project's calendar. */
    record TaskDelay(UUID taskId, int minutes) {}

    record ProjectLabel(UUID id, String key, String name) {}

    private final EntityManager entityManager;

    LevelingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The workspace's planned and active projects, by key. */
    List<UUID> openProjects(UUID workspaceId) {
        return ScalarQueries.of(
                        session(),
                        "SELECT id FROM projects WHERE workspace_id = :w AND status IN ('planned', 'active') ORDER BY key, id",
                        "id",
                        UUID.class)
                .setParameter("w", workspaceId)
                .getResultList();
    }

    /** The latest stored finish of the projects (null when none was computed). */
    LocalDateTime storedFinish(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return null;
        }
        return session()
                .createNativeQuery(
                        "SELECT max(finish) FROM project_schedules WHERE project_id IN (:ids)", LocalDateTime.class)
                .setParameter("ids", projectIds)
                .getSingleResult();
    }

    /** Scheduled leaf tasks of the projects, by project key and task number. */
    List<LeafTask> leafTasks(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return session()
                .createNativeQuery("""
                        SELECT t.id, t.project_id, t.priority, t.constraint_type,
                               t.actual_start IS NOT NULL OR t.percent_complete > 0, ts.early_start, ts.early_finish
                        FROM tasks t JOIN projects p ON p.id = t.project_id JOIN task_schedules ts ON ts.task_id = t.id
                        WHERE t.project_id IN (:ids) AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)
                        ORDER BY p.key, p.id, t.number
                        """, LeafTask.class)
                .setParameter("ids", projectIds)
                .getResultList();
    }

    /** The parent of every task of the projects (null for a top-level task). */
    Map<UUID, UUID> parents(List<UUID> projectIds) {
        Map<UUID, UUID> parents = new HashMap<>();
        session()
                .createNativeQuery("SELECT id, parent_id FROM tasks WHERE project_id IN (:ids)", TaskParent.class)
                .setParameter("ids", projectIds)
                .getResultList()
                .forEach(row -> parents.put(row.id(), row.parentId()));
        return parents;
    }

    /** Dependencies into the projects' tasks, in the order they were made. */
    List<LinkRow> links(List<UUID> projectIds) {
        return session()
                .createNativeQuery("""
                        SELECT d.predecessor_id, d.successor_id, d.type, CAST(d.lag_days AS float8)
                        FROM dependencies d JOIN tasks s ON s.id = d.successor_id
                        WHERE s.project_id IN (:ids) ORDER BY d.created_at, d.id
                        """, LinkRow.class)
                .setParameter("ids", projectIds)
                .getResultList();
    }

    /** Assignments on the projects' tasks, by task number and creation. */
    List<AssignmentRow> assignments(List<UUID> projectIds) {
        return session()
                .createNativeQuery("""
                        SELECT a.task_id, a.person_id, CAST(a.units AS float8) FROM assignments a JOIN tasks t ON t.id = a.task_id
                        WHERE t.project_id IN (:ids) ORDER BY t.number, a.created_at, a.id
                        """, AssignmentRow.class)
                .setParameter("ids", projectIds)
                .getResultList();
    }

    /** The levelling delays of the projects' tasks (task → working minutes). */
    Map<UUID, Integer> delays(List<UUID> projectIds) {
        Map<UUID, Integer> delays = new HashMap<>();
        if (projectIds.isEmpty()) {
            return delays;
        }
        session()
                .createNativeQuery(
                        "SELECT task_id, minutes FROM task_leveling_delays WHERE project_id IN (:ids)", TaskDelay.class)
                .setParameter("ids", projectIds)
                .getResultList()
                .forEach(row -> delays.put(row.taskId(), row.minutes()));
        return delays;
    }

    /** The project's levelling delays, by task number. */
    List<TaskDelay> delaysOf(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT d.task_id, d.minutes FROM task_leveling_delays d JOIN tasks t ON t.id = d.task_id
                        WHERE d.project_id = :p ORDER BY t.number
                        """, TaskDelay.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    void saveDelay(UUID taskId, UUID projectId, int minutes) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO task_leveling_delays (task_id, project_id, minutes) VALUES (:t, :p, :m)
                        ON CONFLICT (task_id) DO UPDATE SET minutes = excluded.minutes, created_at = now()
                        """)
                .setParameter("t", taskId)
                .setParameter("p", projectId)
                .setParameter("m", minutes)
                .executeUpdate();
    }

    int clearDelays(UUID projectId) {
        return entityManager
                .createNativeQuery("DELETE FROM task_leveling_delays WHERE project_id = :p")
                .setParameter("p", projectId)
                .executeUpdate();
    }

    /** Key and name of the projects, in the order asked. */
    List<ProjectLabel> labels(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, ProjectLabel> byId = new HashMap<>();
        session()
                .createNativeQuery("SELECT id, key, name FROM projects WHERE id IN (:ids)", ProjectLabel.class)
                .setParameter("ids", projectIds)
                .getResultList()
                .forEach(label -> byId.put(label.id(), label));
        return projectIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
