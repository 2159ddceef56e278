package app.throughline.risk;

import app.throughline.api.Cursor;
import app.throughline.platform.ScalarQueries;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class EscalationRepository implements PanacheRepositoryBase<RiskEscalation, UUID> {

    /** An escalation with the title of its risk, for the workspace list. */
    public record EscalationRow(
            UUID id,
            UUID riskId,
            UUID projectId,
            String riskTitle,
            String direction,
            int fromLevel,
            int level,
            String reason,
            Instant at,
            UUID byUserId,
            String rule) {}

    private static final String OPEN_ONLY = """
             AND r.status <> 'closed' AND r.escalation_level > 0
             AND e.id = (SELECT e2.id FROM risk_escalations e2 WHERE e2.risk_id = e.risk_id
                         ORDER BY e2.at DESC, e2.id DESC LIMIT 1)
            """;

    /**
     * The workspace's escalations, newest first; with {@code openOnly} the latest step of each risk
     * that is still escalated and not closed.
     */
    public List<EscalationRow> pageOfWorkspace(UUID workspaceId, boolean openOnly, Cursor after, int limitPlusOne) {
        String sql = """
                SELECT e.id, e.risk_id, e.project_id, r.title, e.direction, e.from_level, e.level, e.reason,
                       e.at, e.by_user_id, e.rule
                FROM risk_escalations e JOIN risks r ON r.id = e.risk_id
                WHERE e.workspace_id = :ws
                """
                + (openOnly ? OPEN_ONLY : "")
                + (after == null ? "" : " AND (e.at, e.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))")
                + " ORDER BY e.at DESC, e.id DESC LIMIT :limit";
        NativeQuery<EscalationRow> query = session()
                .createNativeQuery(sql, EscalationRow.class)
                .setParameter("ws", workspaceId)
                .setParameter("limit", limitPlusOne);
        if (after != null) {
            query.setParameter("at", after.instant(0)).setParameter("id", after.uuid(1));
        }
        return query.getResultList();
    }

    public long countOfRisk(UUID riskId) {
        return count("riskId", riskId);
    }

    /** The in-app notification rows the notifications feature delivers: one per person of the level reached. */
    public void notify(UUID workspaceId, UUID escalationId, List<UUID> personIds, Instant at) {
        for (UUID person : personIds) {
            session()
                    .createNativeMutationQuery("""
                            INSERT INTO escalation_notifications (id, workspace_id, escalation_id, person_id, created_at)
                            SELECT :id, :ws, :e, p.id, :at FROM people p WHERE p.id = :p AND p.workspace_id = :ws
                            """)
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("ws", workspaceId)
                    .setParameter("e", escalationId)
                    .setParameter("p", person)
                    .setParameter("at", at)
                    .executeUpdate();
        }
    }

    /** People notified of one escalation, for tests and the notifier. */
    public List<UUID> notifiedPeople(UUID escalationId) {
        return ScalarQueries.of(
                        session(),
                        "SELECT person_id FROM escalation_notifications WHERE escalation_id = :e ORDER BY person_id",
                        "person_id",
                        UUID.class)
                .setParameter("e", escalationId)
                .getResultList();
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
