package app.throughline.demo;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Once-per-database markers, taken under a lock all replicas share, so only one of them seeds. */
@ApplicationScoped
class SeedMarkers {

    private static final long LOCK = 0x7468726f756768L; // any constant shared by all replicas

    private final EntityManager entityManager;

    SeedMarkers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits for the seeding lock; it is held until the surrounding transaction ends. */
    void lockForSeeding() {
        entityManager
                .createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK + ")")
                .getSingleResult();
    }

    boolean isMarked(String name) {
        return ScalarQueries.of(
                        entityManager,
                        "SELECT EXISTS (SELECT 1 FROM system_markers WHERE name = :name)",
                        "exists",
                        Boolean.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    void mark(String name) {
        entityManager
                .createNativeQuery("INSERT INTO system_markers (name) VALUES (:name)")
                .setParameter("name", name)
                .executeUpdate();
    }
}
