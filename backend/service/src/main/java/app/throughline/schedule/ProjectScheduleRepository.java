package app.throughline.schedule;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** The project-level part of a stored schedule: span, critical path and health of the last computation. */
@ApplicationScoped
public class ProjectScheduleRepository {

    /**
     * A project's stored schedule with its status date; the schedule fields are null while the
     * project was never computed.
     */
    public record Header(
            LocalDateTime start,
            LocalDateTime finish,
            Integer minutesPerDay,
            UUID[] criticalPath,
            UUID[] drivingPath,
            String health,
            Instant computedAt,
            LocalDate statusDate,
            /* which computation stored the rows; null for schedules stored before V16 */
            UUID computation) {

        boolean computed() {
            return minutesPerDay != null;
        }
    }

    /** What one computation stores for the project. */
    public record Summary(
            LocalDateTime start,
            LocalDateTime finish,
            int minutesPerDay,
            List<UUID> criticalPath,
            List<UUID> drivingPath,
            String health) {}

    private final EntityManager entityManager;

    ProjectScheduleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Header header(UUID projectId) {
        return entityManager
                .unwrap(Session.class)
                .createNativeQuery("""
                        SELECT ps.start, ps.finish, ps.minutes_per_day, ps.critical_path, ps.driving_path, ps.health, ps.computed_at, p.status_date,
                               ps.computation
                        FROM projects p LEFT JOIN project_schedules ps ON ps.project_id = p.id WHERE p.id = :p
                        """, Header.class)
                .setParameter("p", projectId)
                .getSingleResult();
    }

    /** Serialises schedule recomputes of one project until the current transaction ends. */
    public void lockForRecompute(UUID projectId) {
        ScalarQueries.of(entityManager, "SELECT true FROM pg_advisory_xact_lock(:key)", "bool", Boolean.class)
                .setParameter("key", projectId.getMostSignificantBits() ^ projectId.getLeastSignificantBits())
                .getSingleResult();
    }

    /** Which computation wrote the project's stored schedule rows last (empty: none yet). */
    public Optional<UUID> lastComputation(UUID projectId) {
        return ScalarQueries.of(
                        entityManager,
                        "SELECT computation FROM project_schedules WHERE project_id = :p",
                        "computation",
                        UUID.class)
                .setParameter("p", projectId)
                .getResultList()
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    public void save(UUID projectId, Summary summary, UUID computation) {
        entityManager
                .createNativeQuery("""
                INSERT INTO project_schedules (project_id, start, finish, minutes_per_day, critical_path, driving_path, health, computed_at, computation)
                VALUES (:p, CAST(:start AS timestamp), CAST(:finish AS timestamp), :mpd, CAST(:path AS uuid[]),
                        CAST(:driving AS uuid[]), :health, now(), :computation)
                ON CONFLICT (project_id) DO UPDATE SET start = excluded.start, finish = excluded.finish,
                    minutes_per_day = excluded.minutes_per_day, critical_path = excluded.critical_path,
                    driving_path = excluded.driving_path, health = excluded.health, computed_at = excluded.computed_at,
                    computation = excluded.computation
                """)
                .setParameter("p", projectId)
                .setParameter("computation", computation)
                .setParameter(
                        "start",
                        summary.start() == null ? null : summary.start().toString())
                .setParameter(
                        "finish",
                        summary.finish() == null ? null : summary.finish().toString())
                .setParameter("mpd", summary.minutesPerDay())
                .setParameter("path", uuidArrayLiteral(summary.criticalPath()))
                .setParameter("driving", uuidArrayLiteral(summary.drivingPath()))
                .setParameter("health", summary.health())
                .executeUpdate();
    }

    private static String uuidArrayLiteral(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
