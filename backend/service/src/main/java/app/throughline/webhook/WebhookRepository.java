package app.throughline.webhook;

import app.throughline.notification.Outbox;
import app.throughline.platform.ScalarQueries;
import app.throughline.webhook.WebhookDtos.DeliveryView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    /** A delivery with what it takes to send it. */
    public record Due(UUID id, UUID webhookId, UUID eventId, int attempt, Instant createdAt) {}

    /** Where a delivery belongs, for the tenancy check of redelivery. */
    public record DeliveryOwner(UUID id, UUID webhookId, UUID workspaceId, UUID eventId, String eventType) {}

    private static final String DELIVERY_COLUMNS = """
            id, webhook_id, event_id, event_type, attempt, status, response_status, duration_ms, response_excerpt,
            error, created_at, next_attempt_at, at
            """;

    /** The webhooks with these ids that still exist. */
    public List<Webhook> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Webhook> ofWorkspace(UUID workspaceId) {
        return list("workspaceId = ?1 order by createdAt, id", workspaceId);
    }

    /**
     * Queues each event for every active webhook of its workspace whose filter takes it, in one
     * statement for the batch; deliveries of one webhook are due in the events' order.
     */
    public int queue(List<Outbox.Entry> events, Instant at) {
        if (events.isEmpty()) {
            return 0;
        }
        List<String> ids = events.stream().map(e -> e.id().toString()).toList();
        List<String> workspaces =
                events.stream().map(e -> e.workspaceId().toString()).toList();
        List<String> types = events.stream().map(Outbox.Entry::type).toList();
        return session()
                .createNativeMutationQuery("""
                        INSERT INTO webhook_deliveries (id, webhook_id, workspace_id, event_id, event_type, status,
                                                        next_attempt_at, created_at, at)
                        SELECT gen_random_uuid(), w.id, w.workspace_id, e.id, e.type, 'pending', :at, :at, :at
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:workspaces AS uuid[]), CAST(:types AS text[]))
                               WITH ORDINALITY AS e (id, workspace_id, type, n)
                        JOIN webhooks w ON w.workspace_id = e.workspace_id AND w.active
                                        AND (cardinality(w.events) = 0 OR e.type = ANY (w.events))
                        ORDER BY e.n
                        """)
                .setParameter("ids", arrayLiteral(ids))
                .setParameter("workspaces", arrayLiteral(workspaces))
                .setParameter("types", arrayLiteral(types))
                .setParameter("at", at)
                .executeUpdate();
    }

    /**
     * Claims up to {@code limit} due deliveries for this instance: each gets its attempt counted and
     * its next attempt pushed past {@code leaseUntil}, so another replica skips it (and picks it up
     * again if this one dies before recording the result).
     */
    public List<Due> claimDue(Instant now, Instant leaseUntil, int limit, UUID onlyWorkspace) {
        return session()
                .createNativeQuery("""
                        UPDATE webhook_deliveries d SET attempt = d.attempt + 1, next_attempt_at = :lease
                        WHERE d.id IN (SELECT id FROM webhook_deliveries
                                       WHERE status = 'pending' AND next_attempt_at <= :now
                                         AND (CAST(:ws AS uuid) IS NULL OR workspace_id = CAST(:ws AS uuid))
                                       ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                        RETURNING d.id, d.webhook_id, d.event_id, d.attempt, d.created_at
                        """, Due.class)
                .setParameter("now", now)
                .setParameter("lease", leaseUntil)
                .setParameter("limit", limit)
                .setParameter("ws", onlyWorkspace, UUID.class)
                .getResultList();
    }

    public void recordAttempt(
            UUID id,
            String status,
            Integer responseStatus,
            int durationMs,
            String excerpt,
            String error,
            Instant nextAttemptAt,
            Instant at) {
        session()
                .createNativeMutationQuery("""
                        UPDATE webhook_deliveries SET status = :status, response_status = :rs, duration_ms = :ms,
                          response_excerpt = :excerpt, error = :error, next_attempt_at = :next, at = :at
                        WHERE id = :id
                        """)
                .setParameter("id", id)
                .setParameter("status", status)
                .setParameter("rs", responseStatus, Integer.class)
                .setParameter("ms", durationMs)
                .setParameter("excerpt", excerpt, String.class)
                .setParameter("error", error, String.class)
                .setParameter("next", nextAttemptAt, Instant.class)
                .setParameter("at", at)
                .executeUpdate();
    }

    /** A delivered attempt: the receiver's status, how long it took and the start of its answer. */
    public record Success(UUID id, int status, int durationMs, String excerpt) {}

    /** Records delivered attempts, all in one statement. */
    public void recordSuccesses(List<Success> successes, Instant at) {
        if (successes.isEmpty()) {
            return;
        }
        session()
                .createNativeMutationQuery("""
                        UPDATE webhook_deliveries d SET status = 'succeeded', response_status = v.rs, duration_ms = v.ms,
                          response_excerpt = v.excerpt, error = NULL, next_attempt_at = NULL, at = :at
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:rs AS int[]), CAST(:ms AS int[]), CAST(:ex AS text[]))
                               AS v (id, rs, ms, excerpt)
                        WHERE d.id = v.id
                        """)
                .setParameter(
                        "ids",
                        arrayLiteral(
                                successes.stream().map(x -> x.id().toString()).toList()))
                .setParameter(
                        "rs",
                        arrayLiteral(successes.stream()
                                .map(x -> Integer.toString(x.status()))
                                .toList()))
                .setParameter(
                        "ms",
                        arrayLiteral(successes.stream()
                                .map(x -> Integer.toString(x.durationMs()))
                                .toList()))
                .setParameter(
                        "ex",
                        arrayLiteral(successes.stream().map(Success::excerpt).toList()))
                .setParameter("at", at)
                .executeUpdate();
    }

    public List<DeliveryView> deliveries(UUID webhookId, Instant afterAt, UUID afterId, int limitPlusOne) {
        String sql = "SELECT " + DELIVERY_COLUMNS + " FROM webhook_deliveries WHERE webhook_id = :w"
                + (afterAt == null ? "" : " AND (created_at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))")
                + " ORDER BY created_at DESC, id DESC LIMIT :limit";
        NativeQuery<DeliveryRow> query = session()
                .createNativeQuery(sql, DeliveryRow.class)
                .setParameter("w", webhookId)
                .setParameter("limit", limitPlusOne);
        if (afterAt != null) {
            query.setParameter("at", afterAt).setParameter("id", afterId);
        }
        return query.getResultList().stream().map(DeliveryRow::view).toList();
    }

    /** A delivery row with its creation time (the paging key). */
    public record DeliveryRow(
            UUID id,
            UUID webhookId,
            UUID eventId,
            String eventType,
            int attempt,
            String status,
            Integer responseStatus,
            Integer durationMs,
            String responseExcerpt,
            String error,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant at) {
        DeliveryView view() {
            return new DeliveryView(
                    id,
                    webhookId,
                    eventId,
                    eventType,
                    attempt,
                    status,
                    responseStatus,
                    durationMs,
                    responseExcerpt,
                    error,
                    "pending".equals(status) ? nextAttemptAt : null,
                    at);
        }
    }

    public Optional<DeliveryRow> delivery(UUID id) {
        return session()
                .createNativeQuery(
                        "SELECT " + DELIVERY_COLUMNS + " FROM webhook_deliveries WHERE id = :id", DeliveryRow.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** A new delivery of the same event to the same webhook, due now. */
    public UUID redeliver(DeliveryRow original, UUID workspaceId, Instant at) {
        UUID id = UUID.randomUUID();
        session()
                .createNativeMutationQuery("""
                        INSERT INTO webhook_deliveries (id, webhook_id, workspace_id, event_id, event_type, status,
                                                        next_attempt_at, created_at, at)
                        VALUES (:id, :w, :ws, :e, :type, 'pending', :at, :at, :at)
                        """)
                .setParameter("id", id)
                .setParameter("w", original.webhookId())
                .setParameter("ws", workspaceId)
                .setParameter("e", original.eventId())
                .setParameter("type", original.eventType())
                .setParameter("at", at)
                .executeUpdate();
        return id;
    }

    /** A delivered attempt ends the webhook's run of failures. */
    public void resetFailures(UUID webhookId) {
        session()
                .createNativeMutationQuery(
                        "UPDATE webhooks SET consecutive_failures = 0 WHERE id = :w AND consecutive_failures <> 0")
                .setParameter("w", webhookId)
                .executeUpdate();
    }

    /** Counts a failed attempt; true when this one switched the webhook off (the run reached {@code limit}). */
    public boolean countFailure(UUID webhookId, int limit, Instant at) {
        List<Boolean> disabled = ScalarQueries.of(session(), """
                        UPDATE webhooks SET consecutive_failures = consecutive_failures + 1,
                          active = CASE WHEN consecutive_failures + 1 >= :limit THEN false ELSE active END,
                          disabled_at = CASE WHEN active AND consecutive_failures + 1 >= :limit THEN :at ELSE disabled_at END
                        WHERE id = :w
                        RETURNING (disabled_at = :at AND NOT active) AS switched_off
                        """, "switched_off", Boolean.class)
                .setParameter("w", webhookId)
                .setParameter("limit", limit)
                .setParameter("at", at)
                .getResultList();
        return !disabled.isEmpty() && Boolean.TRUE.equals(disabled.get(0));
    }

    /** Owners and admins of the workspace: told when a webhook is switched off. */
    public List<UUID> administrators(UUID workspaceId) {
        return ScalarQueries.of(
                        session(),
                        "SELECT user_id FROM memberships WHERE workspace_id = :ws AND role IN ('owner', 'admin')",
                        "user_id",
                        UUID.class)
                .setParameter("ws", workspaceId)
                .getResultList();
    }

    /** A PostgreSQL array literal of the values, each quoted (null: NULL). */
    static String arrayLiteral(List<String> values) {
        StringBuilder array = new StringBuilder("{");
        for (String v : values) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append('"')
                    .append(v.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return array.append('}').toString();
    }

    private Session session() {
        return getEntityManager().unwrap(Session.class);
    }
}
