package app.throughline.importing;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** What a project export reads: the project, its tasks in WBS order, links, people and assignments. */
@ApplicationScoped
class ExportRepository {

    record ProjectRow(String key, String name, LocalDate startDate, LocalDate statusDate, UUID calendarId) {}

    record BaselineRow(UUID taskId, LocalDateTime start, LocalDateTime finish, BigDecimal durationDays) {}

    record TaskRow(
            UUID id,
            UUID parentId,
            int number,
            int position,
            String title,
            BigDecimal durationDays,
            Integer durationMinutes,
            String constraintType,
            LocalDate constraintDate,
            LocalDate deadline,
            BigDecimal percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish,
            LocalDateTime earlyStart,
            LocalDateTime earlyFinish) {}

    record LinkRow(UUID predecessorId, UUID successorId, String type, BigDecimal lagDays, Integer lagMinutes) {}

    record AssignmentRow(UUID taskId, UUID personId, String personName, BigDecimal units) {}

    private final EntityManager entityManager;

    ExportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    ProjectRow project(UUID projectId) {
        return session()
                .createNativeQuery(
                        "SELECT key, name, start_date, status_date, calendar_id FROM projects WHERE id = :p",
                        ProjectRow.class)
                .setParameter("p", projectId)
                .getSingleResult();
    }

    int minutesPerDay(UUID projectId) {
        List<Integer> rows = ScalarQueries.of(
                        session(),
                        "SELECT minutes_per_day FROM project_schedules WHERE project_id = :p",
                        "minutes_per_day",
                        Integer.class)
                .setParameter("p", projectId)
                .getResultList();
        return rows.isEmpty() ? 480 : rows.get(0);
    }

    /** Tasks ordered parents first by (position, number) among siblings; callers walk the tree. */
    List<TaskRow> tasks(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT t.id, t.parent_id, t.number, t.position, t.title, t.duration_days, t.duration_minutes,
                               t.constraint_type, t.constraint_date, t.deadline, t.percent_complete,
                               t.actual_start, t.actual_finish, s.early_start, s.early_finish
                        FROM tasks t LEFT JOIN task_schedules s ON s.task_id = t.id
                        WHERE t.project_id = :p
                        ORDER BY t.position, t.number
                        """, TaskRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /** Links between two tasks of the project. */
    List<LinkRow> links(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT d.predecessor_id, d.successor_id, d.type, d.lag_days, d.lag_minutes
                        FROM dependencies d JOIN tasks s ON s.id = d.successor_id JOIN tasks p ON p.id = d.predecessor_id
                        WHERE s.project_id = :p AND p.project_id = :p
                        ORDER BY d.created_at, d.id
                        """, LinkRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    List<AssignmentRow> assignments(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT a.task_id, a.person_id, pe.name, a.units
                        FROM assignments a JOIN tasks t ON t.id = a.task_id JOIN people pe ON pe.id = a.person_id
                        WHERE t.project_id = :p
                        ORDER BY pe.name, pe.id
                        """, AssignmentRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /** The tasks of the project's most recent baseline. */
    List<BaselineRow> latestBaseline(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT bt.task_id, bt.start, bt.finish, bt.duration_days
                        FROM baseline_tasks bt
                        WHERE bt.baseline_id = (SELECT b.id FROM baselines b WHERE b.project_id = :p
                                                ORDER BY b.created_at DESC, b.id LIMIT 1)
                        """, BaselineRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
