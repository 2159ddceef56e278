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

    /** The project's links, newest first, with their creator's name. */
    List<ShareLinkRow> ofProject(UUID projectId) {
        return reports.query(
                """
                SELECT l.id, l.created_at, u.name, l.expires_at, l.revoked_at, l.last_used_at
                FROM share_links l LEFT JOIN users u ON u.id = l.created_by
                WHERE l.project_id = ? ORDER BY l.created_at DESC, l.id DESC
                """,
                List.of(projectId),
                rs -> new ShareLinkRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        instant(rs.getObject(4, java.time.OffsetDateTime.class)),
                        instant(rs.getObject(5, java.time.OffsetDateTime.class)),
                        instant(rs.getObject(6, java.time.OffsetDateTime.class))));
    }

    record ShareLinkRow(
            UUID id,
            Instant createdAt,
            String createdByName,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt) {}

    private static Instant instant(java.time.OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /** Notes a use of the link, at most once a minute (a page view must not write on every load). */
    void touch(UUID id, Instant at) {
        getEntityManager()
                .createNativeQuery("""
                        UPDATE share_links SET last_used_at = :at
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)
                        """)
                .setParameter("id", id)
                .setParameter("at", at)
                .setParameter("before", at.minusSeconds(60))
                .executeUpdate();
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
