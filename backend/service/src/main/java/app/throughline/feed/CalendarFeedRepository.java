package app.throughline.feed;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** Calendar feed rows (token hashes), the items a feed shows, and each item's SEQUENCE. */
@ApplicationScoped
public class CalendarFeedRepository {

    /** A live or revoked feed. */
    public record Feed(UUID id, UUID userId, UUID workspaceId, UUID projectId, Instant revokedAt) {}

    /** One all-day calendar item: a stable uid, a summary and the date. */
    public record Item(String uid, String summary, LocalDate date) {}

    private final EntityManager em;

    CalendarFeedRepository(EntityManager em) {
        this.em = em;
    }

    /** A live feed as its owner sees it in a list: never the token, only a masked hint of it. */
    public record Listed(UUID id, UUID projectId, Instant createdAt, Instant lastUsedAt, String hint) {}

    public void insert(
            UUID id, UUID userId, UUID workspaceId, UUID projectId, String tokenHash, String hint, Instant at) {
        session()
                .createNativeMutationQuery("""
                        INSERT INTO calendar_feeds (id, user_id, workspace_id, project_id, token_hash, token_hint, created_at)
                        VALUES (:id, :u, :ws, :p, :h, :hint, :at)
                        """)
                .setParameter("id", id)
                .setParameter("u", userId)
                .setParameter("ws", workspaceId, UUID.class)
                .setParameter("p", projectId, UUID.class)
                .setParameter("h", tokenHash)
                .setParameter("hint", hint)
                .setParameter("at", at)
                .executeUpdate();
    }

    public Optional<Feed> byId(UUID id) {
        return session()
                .createNativeQuery(
                        "SELECT id, user_id, workspace_id, project_id, revoked_at FROM calendar_feeds WHERE id = :id",
                        Feed.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<Feed> byTokenHash(String hash) {
        return session()
                .createNativeQuery(
                        "SELECT id, user_id, workspace_id, project_id, revoked_at FROM calendar_feeds WHERE token_hash = :h",
                        Feed.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
    }

    /**
     * The user's live feeds, newest first: with projectId null their personal feeds, else their
     * feeds of that project.
     */
    public List<Listed> listLive(UUID userId, UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT id, project_id, created_at, last_used_at, token_hint FROM calendar_feeds
                        WHERE user_id = :u AND revoked_at IS NULL
                          AND (CAST(:p AS uuid) IS NULL AND project_id IS NULL OR project_id = CAST(:p AS uuid))
                        ORDER BY created_at DESC, id LIMIT 200
                        """, Listed.class)
                .setParameter("u", userId)
                .setParameter("p", projectId, UUID.class)
                .getResultList();
    }

    /** Notes that a calendar application fetched the feed (at most once a minute, to spare writes). */
    public void touch(UUID id, Instant at) {
        session()
                .createNativeMutationQuery("""
                        UPDATE calendar_feeds SET last_used_at = CAST(:at AS timestamptz)
                        WHERE id = :id
                          AND (last_used_at IS NULL OR last_used_at < CAST(:at AS timestamptz) - interval '1 minute')
                        """)
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void revoke(UUID id, Instant at) {
        session()
                .createNativeMutationQuery("UPDATE calendar_feeds SET revoked_at = :at WHERE id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Whether the user is (still) a member of the workspace. */
    public boolean isMember(UUID userId, UUID workspaceId) {
        return !ScalarQueries.of(
                        session(),
                        "SELECT 1 AS member FROM memberships WHERE user_id = :u AND workspace_id = :ws",
                        "member",
                        Integer.class)
                .setParameter("u", userId)
                .setParameter("ws", workspaceId)
                .getResultList()
                .isEmpty();
    }

    /** The user's tasks' deadlines and scheduled finishes, and the milestones they own, in workspaces they belong to. */
    public List<Item> personalItems(UUID userId) {
        return session()
                .createNativeQuery("""
                        WITH mine AS (
                          SELECT p.id FROM people p JOIN memberships m
                            ON m.user_id = p.user_id AND m.workspace_id = p.workspace_id
                          WHERE p.user_id = :u)
                        SELECT 'task-deadline-' || t.id || '@throughline' AS uid, 'Deadline: ' || t.title AS summary,
                               t.deadline AS date
                        FROM tasks t WHERE t.deadline IS NOT NULL
                          AND EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = t.id AND a.person_id IN (SELECT id FROM mine))
                        UNION ALL
                        SELECT 'task-finish-' || t.id || '@throughline', 'Finish: ' || t.title,
                               CAST(COALESCE(t.actual_finish, CAST(s.early_finish AS date)) AS date)
                        FROM tasks t JOIN task_schedules s ON s.task_id = t.id
                        WHERE EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = t.id AND a.person_id IN (SELECT id FROM mine))
                        UNION ALL
                        SELECT 'milestone-' || ms.id || '@throughline', 'Milestone: ' || ms.name, ms.due_date
                        FROM milestones ms WHERE ms.owner_id IN (SELECT id FROM mine)
                        ORDER BY 3, 1 LIMIT 5000
                        """, Item.class)
                .setParameter("u", userId)
                .getResultList();
    }

    /** The project's milestones and task deadlines. */
    public List<Item> projectItems(UUID projectId) {
        return session()
                .createNativeQuery("""
                        SELECT 'milestone-' || ms.id || '@throughline' AS uid, 'Milestone: ' || ms.name AS summary,
                               ms.due_date AS date
                        FROM milestones ms WHERE ms.project_id = :p
                        UNION ALL
                        SELECT 'task-deadline-' || t.id || '@throughline', 'Deadline: ' || t.title, t.deadline
                        FROM tasks t WHERE t.project_id = :p AND t.deadline IS NOT NULL
                        ORDER BY 3, 1 LIMIT 5000
                        """, Item.class)
                .setParameter("p", projectId)
                .getResultList();
    }

    /**
     * The item's SEQUENCE: 0 when first seen, one more each time what it shows (its fingerprint) has
     * changed since it was last served.
     */
    public int sequence(String uid, String fingerprint) {
        return ScalarQueries.of(session(), """
                        INSERT INTO calendar_item_sequences AS s (uid, fingerprint, sequence) VALUES (:uid, :f, 0)
                        ON CONFLICT (uid) DO UPDATE SET fingerprint = excluded.fingerprint,
                          sequence = s.sequence + CASE WHEN s.fingerprint = excluded.fingerprint THEN 0 ELSE 1 END,
                          updated_at = CASE WHEN s.fingerprint = excluded.fingerprint THEN s.updated_at ELSE now() END
                        RETURNING sequence
                        """, "sequence", Integer.class)
                .setParameter("uid", uid)
                .setParameter("f", fingerprint)
                .getSingleResult();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
