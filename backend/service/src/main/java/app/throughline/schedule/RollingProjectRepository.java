package app.throughline.schedule;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Which projects live in the present, and the once-per-day marker that lets one replica roll them. */
@ApplicationScoped
class RollingProjectRepository {

    private final EntityManager entityManager;

    RollingProjectRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Open projects whose status date rolls with the calendar (none fixed). */
    List<UUID> rollingProjects() {
        return ScalarQueries.of(
                        entityManager,
                        "SELECT id FROM projects WHERE status_date IS NULL AND status NOT IN ('completed', 'cancelled') ORDER BY id",
                        "id",
                        UUID.class)
                .getResultList();
    }

    /** Claims the roll-over of {@code day}; true for exactly one caller across all replicas. */
    boolean claimDay(LocalDate day) {
        return entityManager
                        .createNativeQuery(
                                "INSERT INTO system_markers (name) VALUES (:name) ON CONFLICT (name) DO NOTHING")
                        .setParameter("name", "day-rolled:" + day)
                        .executeUpdate()
                == 1;
    }
}
