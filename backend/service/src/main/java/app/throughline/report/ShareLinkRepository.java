package app.throughline.report;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Share links, the shared page's reads and the feedback left through them. */
@ApplicationScoped
public class ShareLinkRepository implements PanacheRepositoryBase<ShareLink, UUID> {

    /** The project's name and stored health (null before the first computation). */
    record ProjectHeader(String name, String health) {}

    private final StatusReportRepository reports;

    ShareLinkRepository(StatusReportRepository reports) {
        this.reports = reports;
    }

    public Optional<ShareLink> byTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    ProjectHeader header(UUID projectId) {
        return reports.query("""
                        SELECT p.name, ps.health FROM projects p
                        LEFT JOIN project_schedules ps ON ps.project_id = p.id WHERE p.id = ?
                        """, List.of(projectId), rs -> new ProjectHeader(rs.getString(1), rs.getString(2)))
                .get(0);
    }

    void insertFeedback(
            UUID id,
            UUID workspaceId,
            UUID projectId,
            UUID reportId,
            UUID shareLinkId,
            int rating,
            String comment,
            Instant at) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO report_feedback (id, workspace_id, project_id, report_id, share_link_id, rating, comment, created_at)
                        VALUES (:id, :w, :p, :r, :l, :rating, :comment, :at)
                        """)
                .setParameter("id", id)
                .setParameter("w", workspaceId)
                .setParameter("p", projectId)
                .setParameter("r", reportId)
                .setParameter("l", shareLinkId)
                .setParameter("rating", rating)
                .setParameter("comment", comment)
                .setParameter("at", at)
                .executeUpdate();
    }
}
