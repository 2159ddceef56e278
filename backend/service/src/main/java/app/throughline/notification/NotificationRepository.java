package app.throughline.notification;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** The inbox rows and the questions "who is concerned by this event". */
@ApplicationScoped
public class NotificationRepository {

    public record Row(UUID id, String type, String title, Instant createdAt, Instant readAt, String link) {}

    private static final String ROLES = "ARRAY['viewer','member','coordinator','admin','owner']";

    private final EntityManager em;

    NotificationRepository(EntityManager em) {
        this.em = em;
    }

    /** Users assigned (through their person) to the task. */
    public Set<UUID> assigneesOf(UUID taskId) {
        return users("""
                SELECT p.user_id FROM assignments a JOIN people p ON p.id = a.person_id
                WHERE a.task_id = :id AND p.user_id IS NOT NULL
                """, taskId);
    }

    /** The user of the project's owner, when the owner signs in. */
    public Set<UUID> projectOwnerOf(UUID projectId) {
        return users("""
                SELECT p.user_id FROM projects pr JOIN people p ON p.id = pr.owner_id
                WHERE pr.id = :id AND p.user_id IS NOT NULL
                """, projectId);
    }

    /** The user of the milestone's owner. */
    public Set<UUID> milestoneOwnerOf(UUID milestoneId) {
        return users("""
                SELECT p.user_id FROM milestones m JOIN people p ON p.id = m.owner_id
                WHERE m.id = :id AND p.user_id IS NOT NULL
                """, milestoneId);
    }

    /** Who may decide the approval: the named approvers and the members with the approver role or higher. */
    public Set<UUID> approversOf(UUID approvalId) {
        return users("""
                SELECT p.user_id FROM approvals ap JOIN people p ON p.id = ANY (ap.approver_person_ids)
                WHERE ap.id = :id AND p.user_id IS NOT NULL
                UNION
                SELECT m.user_id FROM approvals ap JOIN memberships m ON m.workspace_id = ap.workspace_id
                WHERE ap.id = :id AND ap.approver_role IS NOT NULL
                  AND array_position(%s, CAST(m.role AS text)) >= array_position(%s, CAST(ap.approver_role AS text))
                """.formatted(ROLES, ROLES), approvalId);
    }

    public Set<UUID> requesterOf(UUID approvalId) {
        return users(
                "SELECT requested_by AS user_id FROM approvals WHERE id = :id AND requested_by IS NOT NULL",
                approvalId);
    }

    public Set<UUID> usersOfPeople(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(session()
                .createNativeQuery("SELECT user_id FROM people WHERE id IN (:ids) AND user_id IS NOT NULL", UUID.class)
                .setParameter("ids", personIds)
                .getResultList());
    }

    /** Of {@code userIds}, those who are members of the workspace now. */
    public Set<UUID> membersAmong(UUID workspaceId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(session()
                .createNativeQuery(
                        "SELECT user_id FROM memberships WHERE workspace_id = :ws AND user_id IN (:ids)", UUID.class)
                .setParameter("ws", workspaceId)
                .setParameter("ids", userIds)
                .getResultList());
    }

    /** Adds the notification unless the user has it already (a second dispatch of one event adds nothing). */
    public void insert(
            UUID userId, UUID workspaceId, UUID eventId, String type, String title, String link, Instant at) {
        session()
                .createNativeMutationQuery("""
                        INSERT INTO notifications (id, user_id, workspace_id, event_id, type, title, link, created_at)
                        VALUES (:id, :u, :ws, :e, :type, :title, :link, :at) ON CONFLICT (user_id, event_id) DO NOTHING
                        """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("u", userId)
                .setParameter("ws", workspaceId)
                .setParameter("e", eventId)
                .setParameter("type", type)
                .setParameter("title", title)
                .setParameter("link", link, String.class)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** The user's notifications, newest first, after the cursor position (created_at, id). */
    public List<Row> page(UUID userId, boolean unreadOnly, Instant afterAt, UUID afterId, int limitPlusOne) {
        String sql = "SELECT id, type, title, created_at, read_at, link FROM notifications WHERE user_id = :u"
                + (unreadOnly ? " AND read_at IS NULL" : "")
                + (afterAt == null ? "" : " AND (created_at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))")
                + " ORDER BY created_at DESC, id DESC LIMIT :limit";
        NativeQuery<Row> query = session()
                .createNativeQuery(sql, Row.class)
                .setParameter("u", userId)
                .setParameter("limit", limitPlusOne);
        if (afterAt != null) {
            query.setParameter("at", afterAt).setParameter("id", afterId);
        }
        return query.getResultList();
    }

    public long unreadCount(UUID userId) {
        return ((Number) session()
                        .createNativeQuery("SELECT count(*) FROM notifications WHERE user_id = :u AND read_at IS NULL")
                        .setParameter("u", userId)
                        .getSingleResult())
                .longValue();
    }

    /** Marks the user's own notifications among {@code ids} (or all of them, with null) read; returns how many changed. */
    public int markRead(UUID userId, List<UUID> ids, Instant at) {
        if (ids != null && ids.isEmpty()) {
            return 0;
        }
        NativeQuery<?> query = (NativeQuery<?>) session()
                .createNativeQuery("UPDATE notifications SET read_at = :at WHERE user_id = :u AND read_at IS NULL"
                        + (ids == null ? "" : " AND id IN (:ids)"))
                .setParameter("at", at)
                .setParameter("u", userId);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query.executeUpdate();
    }

    /** The user's stored preferences as JSON text, the digest option and the time zone, if they ever saved any. */
    public Optional<Object[]> preferences(UUID userId) {
        List<?> rows = session()
                .createNativeQuery(
                        "SELECT CAST(types AS text), digest, time_zone FROM notification_preferences WHERE user_id = :u",
                        Object[].class)
                .setParameter("u", userId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((Object[]) rows.get(0));
    }

    public void savePreferences(UUID userId, String typesJson, String digest, String timeZone, Instant at) {
        session()
                .createNativeMutationQuery("""
                        INSERT INTO notification_preferences (user_id, types, digest, time_zone, updated_at)
                        VALUES (:u, CAST(:types AS jsonb), :digest, :zone, :at)
                        ON CONFLICT (user_id) DO UPDATE SET types = excluded.types, digest = excluded.digest,
                          time_zone = excluded.time_zone, updated_at = excluded.updated_at
                        """)
                .setParameter("u", userId)
                .setParameter("types", typesJson)
                .setParameter("digest", digest)
                .setParameter("zone", timeZone, String.class)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** The title of a task, or the name of a milestone, with this id. */
    public Optional<String> titleOf(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return ScalarQueries.of(
                        session(),
                        "SELECT title FROM tasks WHERE id = :id UNION ALL SELECT name FROM milestones WHERE id = :id",
                        "title",
                        String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** {@code sql} answers a {@code user_id} column. */
    private Set<UUID> users(String sql, UUID id) {
        if (id == null) {
            return Set.of();
        }
        List<UUID> rows = ScalarQueries.of(session(), sql, "user_id", UUID.class)
                .setParameter("id", id)
                .getResultList();
        return new LinkedHashSet<>(new ArrayList<>(rows));
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
