package app.throughline.notification;

import app.throughline.events.DomainEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The outbox: every {@link DomainEvent} is written down by {@link #record} in the transaction of the
 * change that caused it, so the row exists if and only if that change committed. The dispatcher
 * claims undispatched rows with {@code FOR UPDATE SKIP LOCKED}: replicas never take the same row.
 */
@ApplicationScoped
public class Outbox {

    /** One event as stored; {@code data} is its JSON text. */
    public record Entry(
            UUID id,
            String type,
            UUID workspaceId,
            UUID projectId,
            UUID subjectId,
            UUID actorId,
            Instant occurredAt,
            String data) {}

    private final EntityManager em;
    private final ObjectMapper json;

    Outbox(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    void record(@Observes DomainEvent event) {
        String data;
        try {
            data = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data of " + event.type() + " is not JSON", e);
        }
        session()
                .createNativeMutationQuery("""
                        INSERT INTO outbox (id, type, workspace_id, project_id, subject_id, actor_id, occurred_at, data)
                        VALUES (:id, :type, :ws, :project, :subject, :actor, :at, CAST(:data AS jsonb))
                        """)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("ws", event.workspaceId())
                .setParameter("project", event.projectId(), UUID.class)
                .setParameter("subject", event.subjectId(), UUID.class)
                .setParameter("actor", event.actorId(), UUID.class)
                .setParameter("at", event.occurredAt())
                .setParameter("data", data)
                .executeUpdate();
    }

    /** Up to {@code limit} undispatched events, oldest first, locked until the transaction ends (others skip them). */
    public List<Entry> claimUndispatched(int limit) {
        return session()
                .createNativeQuery("""
                        SELECT id, type, workspace_id, project_id, subject_id, actor_id, occurred_at, CAST(data AS text)
                        FROM outbox WHERE dispatched_at IS NULL ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED
                        """, Entry.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    public void markDispatched(List<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        session()
                .createNativeMutationQuery("UPDATE outbox SET dispatched_at = :at WHERE id IN (:ids)")
                .setParameter("at", at)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    /** The events with these ids that still exist (deleted workspaces take theirs along). */
    public List<Entry> findAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return session()
                .createNativeQuery("""
                        SELECT id, type, workspace_id, project_id, subject_id, actor_id, occurred_at, CAST(data AS text)
                        FROM outbox WHERE id IN (:ids)
                        """, Entry.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public java.util.Optional<Entry> find(UUID id) {
        return session()
                .createNativeQuery("""
                        SELECT id, type, workspace_id, project_id, subject_id, actor_id, occurred_at, CAST(data AS text)
                        FROM outbox WHERE id = :id
                        """, Entry.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
