package app.throughline.risk;

import app.throughline.api.Cursor;
import app.throughline.platform.ScalarQueries;
import app.throughline.risk.RiskDtos.ScorePoint;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    /** A task a risk may slip: its duration, and whether it is a summary (whose dates its children set). */
    public record SlippableTask(UUID id, BigDecimal durationDays, boolean summary) {}

    /** A page of the project's register, oldest first. */
    public List<Risk> pageOfProject(UUID projectId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("projectId = :p order by createdAt, id", Parameters.with("p", projectId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "projectId = :p and (createdAt > :c or (createdAt = :c and id > :id)) order by createdAt, id",
                        Parameters.with("p", projectId)
                                .and("c", after.instant(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }

    /** The project's live risks (not closed), highest score first. */
    public List<Risk> liveOfProject(UUID projectId) {
        return find(
                        "projectId = :p and status <> :closed order by probability * impact desc, createdAt, id",
                        Parameters.with("p", projectId).and("closed", RiskStatus.closed))
                .list();
    }

    /** The workspace's live risks, highest score first. */
    public List<Risk> liveOfWorkspace(UUID workspaceId) {
        return find(
                        "workspaceId = :w and status <> :closed order by probability * impact desc, createdAt, id",
                        Parameters.with("w", workspaceId).and("closed", RiskStatus.closed))
                .list();
    }

    /**
     * Locks the live risks of workspaces with an escalation policy for one sweep, skipping rows another
     * replica (or a request) holds: two sweeps at once share the work instead of doing it twice.
     */
    public List<UUID> lockLiveRisksWithPolicy() {
        return ScalarQueries.of(session(), """
                        SELECT r.id FROM risks r
                        WHERE r.status <> 'closed'
                          AND EXISTS (SELECT 1 FROM escalation_policies p WHERE p.workspace_id = r.workspace_id)
                        ORDER BY r.id
                        FOR UPDATE OF r SKIP LOCKED
                        """, "id", UUID.class).getResultList();
    }

    /** Which of {@code ids} are tasks of the project. */
    public Set<UUID> tasksOfProject(UUID projectId, Collection<UUID> ids) {
        return idsIn("tasks", projectId, ids);
    }

    /** Which of {@code ids} are milestones of the project. */
    public Set<UUID> milestonesOfProject(UUID projectId, Collection<UUID> ids) {
        return idsIn("milestones", projectId, ids);
    }

    public List<SlippableTask> slippableTasks(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return session()
                .createNativeQuery("""
                        SELECT t.id, t.duration_days,
                               EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id) AS summary
                        FROM tasks t WHERE t.id IN (:ids) ORDER BY t.id
                        """, SlippableTask.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<ScorePoint> scoreHistory(UUID riskId) {
        return session()
                .createNativeQuery("""
                        SELECT probability, impact, score, changed_at, changed_by
                        FROM risk_score_history WHERE risk_id = :r ORDER BY changed_at, id
                        """, ScorePoint.class)
                .setParameter("r", riskId)
                .getResultList();
    }

    public void appendScore(UUID riskId, int probability, int impact, Instant at, UUID byUserId) {
        session()
                .createNativeMutationQuery("""
                        INSERT INTO risk_score_history (id, risk_id, probability, impact, score, changed_at, changed_by)
                        VALUES (:id, :r, :p, :i, :s, :at, :by)
                        """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("r", riskId)
                .setParameter("p", probability)
                .setParameter("i", impact)
                .setParameter("s", RiskScore.of(probability, impact))
                .setParameter("at", at)
                .setParameter("by", byUserId, UUID.class)
                .executeUpdate();
    }

    // the table name is one of the constants above, never client input
    private Set<UUID> idsIn(String table, UUID projectId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(session()
                .createNativeQuery("SELECT id FROM " + table + " WHERE project_id = :p AND id IN (:ids)", UUID.class)
                .setParameter("p", projectId)
                .setParameter("ids", ids)
                .getResultList());
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
