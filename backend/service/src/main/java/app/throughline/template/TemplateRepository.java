package app.throughline.template;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Every query of templates: their rows, and what a project holds when it is saved as one. */
@ApplicationScoped
public class TemplateRepository {

    /** A stored template; {@code body} is the jsonb text. */
    public record TemplateRow(
            UUID id,
            UUID workspaceId,
            String name,
            String description,
            String builtinKey,
            String body,
            Instant createdAt) {}

    record TaskRow(
            UUID id, UUID parentId, String title, String description, String priority, BigDecimal durationDays) {}

    record LinkRow(UUID predecessorId, UUID successorId, String type, BigDecimal lagDays) {}

    record MilestoneRow(UUID id, String name, LocalDate dueDate, boolean committed) {}

    record GateRow(UUID milestoneId, UUID taskId) {}

    record RiskRow(String title, String description, int probability, int impact, String mitigation) {}

    record AssignmentRow(UUID taskId, UUID teamId, BigDecimal units) {}

    private final EntityManager em;

    TemplateRepository(EntityManager em) {
        this.em = em;
    }

    private Session session() {
        return em.unwrap(Session.class);
    }

    private static final String COLUMNS =
            "id, workspace_id, name, description, builtin_key, CAST(body AS text), created_at";

    List<TemplateRow> ofWorkspace(UUID workspaceId) {
        return session()
                .createNativeQuery(
                        "SELECT " + COLUMNS + " FROM project_templates WHERE workspace_id = :ws"
                                + " ORDER BY builtin_key IS NULL, lower(name), id",
                        TemplateRow.class)
                .setParameter("ws", workspaceId)
                .getResultList();
    }

    Optional<TemplateRow> find(UUID id) {
        return session()
                .createNativeQuery("SELECT " + COLUMNS + " FROM project_templates WHERE id = :id", TemplateRow.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    void insert(TemplateRow row, UUID createdBy) {
        session()
                .createNativeQuery("""
                        INSERT INTO project_templates (id, workspace_id, name, description, builtin_key, body, created_by, created_at)
                        VALUES (:id, :ws, :name, :description, :builtin, CAST(:body AS jsonb), :by, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .setParameter("id", row.id())
                .setParameter("ws", row.workspaceId())
                .setParameter("name", row.name())
                .setParameter("description", row.description())
                .setParameter("builtin", row.builtinKey())
                .setParameter("body", row.body())
                .setParameter("by", createdBy)
                .setParameter("at", row.createdAt())
                .executeUpdate();
    }

    List<String> builtinKeys(UUID workspaceId) {
        return ScalarQueries.of(
                        session(),
                        "SELECT builtin_key FROM project_templates WHERE workspace_id = :ws AND builtin_key IS NOT NULL",
                        "builtin_key",
                        String.class)
                .setParameter("ws", workspaceId)
                .getResultList();
    }

    void delete(UUID id) {
        session()
                .createNativeQuery("DELETE FROM project_templates WHERE id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The project's tasks in WBS order (parents before their children). */
    List<TaskRow> tasks(UUID projectId) {
        return session()
                .createNativeQuery("""
                        WITH RECURSIVE wbs AS (
                            SELECT t.id, ARRAY[t.position, t.number] AS path FROM tasks t
                            WHERE t.project_id = :p AND t.parent_id IS NULL
                            UNION ALL
                            SELECT c.id, w.path || ARRAY[c.position, c.number] FROM tasks c JOIN wbs w ON c.parent_id = w.id
                        )
                        SELECT t.id, t.parent_id, t.title, t.description, t.priority, t.duration_days
                        FROM tasks t JOIN wbs ON wbs.id = t.id ORDER BY wbs.path
                        """, TaskRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    List<LinkRow> links(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT d.predecessor_id, d.successor_id, d.type, d.lag_days
                        FROM dependencies d
                        JOIN tasks p ON p.id = d.predecessor_id AND p.project_id = :p
                        JOIN tasks s ON s.id = d.successor_id AND s.project_id = :p
                        ORDER BY d.created_at, d.id
                        """, LinkRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    List<MilestoneRow> milestones(UUID projectId) {
        return session()
                .createNativeQuery(
                        "SELECT id, name, due_date, committed FROM milestones WHERE project_id = :p ORDER BY due_date, id",
                        MilestoneRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    List<GateRow> gates(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT g.milestone_id, g.task_id FROM milestone_gates g
                        JOIN milestones m ON m.id = g.milestone_id WHERE m.project_id = :p
                        """, GateRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    List<RiskRow> risks(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT title, description, probability, impact, mitigation FROM risks
                        WHERE project_id = :p AND kind = 'risk' ORDER BY created_at, id
                        """, RiskRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /** Each task's first assignment whose person is in a team: templates assign by team, not by person. */
    List<AssignmentRow> teamAssignments(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT DISTINCT ON (a.task_id) a.task_id, pe.team_id, a.units
                        FROM assignments a JOIN tasks t ON t.id = a.task_id
                        JOIN people pe ON pe.id = a.person_id
                        WHERE t.project_id = :p AND pe.team_id IS NOT NULL
                        ORDER BY a.task_id, a.units DESC, a.id
                        """, AssignmentRow.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /** The first person of the team (by name), if the team is in the workspace and has anyone. */
    Optional<UUID> firstPersonOfTeam(UUID workspaceId, UUID teamId) {
        return ScalarQueries.of(
                        session(),
                        "SELECT id FROM people WHERE workspace_id = :ws AND team_id = :t ORDER BY lower(name), id LIMIT 1",
                        "id",
                        UUID.class)
                .setParameter("ws", workspaceId)
                .setParameter("t", teamId)
                .getResultList()
                .stream()
                .findFirst();
    }

    boolean workflowInWorkspace(UUID workspaceId, UUID workflowId) {
        return !session()
                .createNativeQuery("SELECT 1 FROM workflows WHERE workspace_id = :ws AND id = :id")
                .setParameter("ws", workspaceId)
                .setParameter("id", workflowId)
                .getResultList()
                .isEmpty();
    }
}
