package app.throughline.schedule;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.auth.CurrentUser;
import app.throughline.project.Project;
import app.throughline.schedule.ScheduleDtos.BaselineView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Saved copies of the schedule; task schedules then show their variance against the latest. */
@ApplicationScoped
public class BaselineService {

    private final EntityManager entityManager;
    private final ScheduleService schedules;
    private final ActivityLog activity;
    private final CurrentUser currentUser;

    BaselineService(
            EntityManager entityManager, ScheduleService schedules, ActivityLog activity, CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.schedules = schedules;
        this.activity = activity;
        this.currentUser = currentUser;
    }

    @Transactional
    public BaselineView save(Project project, String name) {
        schedules.recompute(project.id);
        UUID id = UUID.randomUUID();
        entityManager
                .createNativeQuery("INSERT INTO baselines (id, workspace_id, project_id, name, created_by, created_at) "
                        + "VALUES (:id, :ws, :p, :name, :by, clock_timestamp())")
                .setParameter("id", id)
                .setParameter("ws", project.workspaceId)
                .setParameter("p", project.id)
                .setParameter("name", name.trim())
                .setParameter("by", currentUser.id())
                .executeUpdate();
        int tasks = entityManager
                .createNativeQuery("""
                INSERT INTO baseline_tasks (baseline_id, task_id, start, finish, duration_days)
                SELECT :id, ts.task_id, ts.early_start, ts.early_finish, t.duration_days
                FROM task_schedules ts JOIN tasks t ON t.id = ts.task_id WHERE ts.project_id = :p
                """)
                .setParameter("id", id)
                .setParameter("p", project.id)
                .executeUpdate();
        activity.record(
                project.workspaceId,
                project.id,
                "baseline",
                id,
                Action.created,
                new Changes().snapshot("name", name.trim(), true).snapshot("taskCount", tasks, true));
        schedules.recompute(project.id);
        return list(project.id).get(0);
    }

    /** Newest first. */
    public List<BaselineView> list(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT b.id, b.name, b.created_at, (SELECT count(*) FROM baseline_tasks bt WHERE bt.baseline_id = b.id)
                FROM baselines b WHERE b.project_id = :p ORDER BY b.created_at DESC, b.id DESC
                """)
                .setParameter("p", projectId)
                .getResultList();
        return rows.stream()
                .map(r -> new BaselineView(
                        (UUID) r[0], projectId, (String) r[1], instant(r[2]), ((Number) r[3]).intValue()))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
