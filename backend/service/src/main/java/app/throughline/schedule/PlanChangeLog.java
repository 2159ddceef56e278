package app.throughline.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The log of task and dependency changes per project (filled by triggers, V16), read against a
 * database snapshot: what a copy read at that snapshot has not seen.
 */
@ApplicationScoped
public class PlanChangeLog {

    /** The database's current snapshot (as text) and clock. */
    public record Moment(String snapshot, Instant at) {}

    /** A changed task ({@code t}) or dependency ({@code d}). */
    public record PlanChange(String kind, UUID entityId) {

        boolean task() {
            return "t".equals(kind);
        }
    }

    private final EntityManager entityManager;

    PlanChangeLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Moment now() {
        return session()
                .createNativeQuery("SELECT CAST(pg_current_snapshot() AS text), clock_timestamp()", Moment.class)
                .getSingleResult();
    }

    /**
     * The changes to the project that were not yet committed (or not yet made) at the snapshot;
     * everything below the snapshot's xmin was settled before it, so the index range starts there.
     */
    public List<PlanChange> since(UUID projectId, String snapshot) {
        return session()
                .createNativeQuery("""
                        SELECT DISTINCT CAST(kind AS text), entity_id FROM plan_changes
                        WHERE project_id = :p AND xid >= pg_snapshot_xmin(CAST(:s AS pg_snapshot))
                          AND NOT pg_visible_in_snapshot(xid, CAST(:s AS pg_snapshot))
                        """, PlanChange.class)
                .setParameter("p", projectId)
                .setParameter("s", snapshot)
                .getResultList();
    }

    /** Forgets changes every copy still in use has seen (see V16 for the margins). */
    public int prune() {
        return entityManager
                .createNativeQuery("DELETE FROM plan_changes WHERE at < clock_timestamp() - interval '15 minutes'")
                .executeUpdate();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
