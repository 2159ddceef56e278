package app.throughline.schedule;

import app.throughline.schedule.ScheduleComputation.Baseline;
import app.throughline.schedule.ScheduleDtos.BaselineView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Saved copies of a project's stored schedule. */
@ApplicationScoped
public class BaselineRepository {

    private record BaselineRow(UUID id, String name, Instant createdAt, int taskCount) {}

    private record BaselineTask(UUID taskId, LocalDateTime start, LocalDateTime finish) {}

    private final EntityManager entityManager;

    BaselineRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Copies the project's stored task schedules into a new baseline; returns how many tasks it holds. */
    public int save(UUID id, UUID workspaceId, UUID projectId, String name, UUID createdBy) {
        entityManager
                .createNativeQuery("INSERT INTO baselines (id, workspace_id, project_id, name, created_by, created_at) "
                        + "VALUES (:id, :ws, :p, :name, :by, clock_timestamp())")
                .setParameter("id", id)
                .setParameter("ws", workspaceId)
                .setParameter("p", projectId)
                .setParameter("name", name)
                .setParameter("by", createdBy)
                .executeUpdate();
        return entityManager
                .createNativeQuery("""
                INSERT INTO baseline_tasks (baseline_id, task_id, start, finish, duration_days)
                SELECT :id, ts.task_id, ts.early_start, ts.early_finish, t.duration_days
                FROM task_schedules ts JOIN tasks t ON t.id = ts.task_id WHERE ts.project_id = :p
                """)
                .setParameter("id", id)
                .setParameter("p", projectId)
                .executeUpdate();
    }

    /** Newest first. */
    public List<BaselineView> list(UUID projectId) {
        return session().createNativeQuery("""
                        SELECT b.id, b.name, b.created_at,
                               CAST((SELECT count(*) FROM baseline_tasks bt WHERE bt.baseline_id = b.id) AS int)
                        FROM baselines b WHERE b.project_id = :p ORDER BY b.created_at DESC, b.id DESC
                        """, BaselineRow.class).setParameter("p", projectId).getResultList().stream()
                .map(row -> new BaselineView(row.id(), projectId, row.name(), row.createdAt(), row.taskCount()))
                .toList();
    }

    /** Task dates of the project's latest baseline, by task. */
    public Map<UUID, Baseline> latest(UUID projectId) {
        Map<UUID, Baseline> baselines = new HashMap<>();
        session()
                .createNativeQuery("""
                        SELECT bt.task_id, bt.start, bt.finish FROM baseline_tasks bt
                        WHERE bt.baseline_id = (SELECT id FROM baselines WHERE project_id = :p ORDER BY created_at DESC, id DESC LIMIT 1)
                        """, BaselineTask.class)
                .setParameter("p", projectId)
                .getResultList()
                .forEach(row -> baselines.put(row.taskId(), new Baseline(row.start(), row.finish())));
        return baselines;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
