package app.throughline.notification;

import app.throughline.platform.ScalarQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * E-mail waiting to be sent ({@code email_outbox}). Rows are added in the dispatcher's transaction;
 * the unique constraints make a second dispatch of one event, or a second replica building one day's
 * digest, add nothing. The sender claims due rows with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class EmailQueue {

    /** One e-mail to send. */
    public record Pending(UUID id, String toAddress, String subject, String body, int attempts) {}

    /** A user who chose the daily digest, and their time zone (null: the workspace's). */
    public record DigestUser(UUID userId, String timeZone) {}

    /** One line of a digest: a notification of the day. */
    public record DigestLine(String title, String link, Instant createdAt) {}

    private final EntityManager em;

    EmailQueue(EntityManager em) {
        this.em = em;
    }

    /** The user's address. */
    public Optional<String> addressOf(UUID userId) {
        return ScalarQueries.of(session(), "SELECT email FROM users WHERE id = :u", "email", String.class)
                .setParameter("u", userId)
                .getResultStream()
                .findFirst();
    }

    /** Queues the e-mail of one event for one user; false when it was queued before. */
    public boolean queueEvent(UUID userId, UUID eventId, String to, String subject, String body) {
        return session()
                        .createNativeMutationQuery("""
                                INSERT INTO email_outbox (id, user_id, kind, event_id, to_address, subject, body)
                                VALUES (:id, :u, 'event', :e, :to, :subject, :body) ON CONFLICT DO NOTHING
                                """)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("u", userId)
                        .setParameter("e", eventId)
                        .setParameter("to", to)
                        .setParameter("subject", subject)
                        .setParameter("body", body)
                        .executeUpdate()
                == 1;
    }

    /**
     * Claims the user's digest of {@code day} by queueing it; false when some instance queued it
     * before (one digest per user and day, whatever the number of replicas).
     */
    public boolean queueDigest(UUID userId, LocalDate day, String to, String subject, String body) {
        return session()
                        .createNativeMutationQuery("""
                                INSERT INTO email_outbox (id, user_id, kind, digest_day, to_address, subject, body)
                                VALUES (:id, :u, 'digest', :day, :to, :subject, :body) ON CONFLICT DO NOTHING
                                """)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("u", userId)
                        .setParameter("day", day)
                        .setParameter("to", to)
                        .setParameter("subject", subject)
                        .setParameter("body", body)
                        .executeUpdate()
                == 1;
    }

    /** Users who chose the daily digest and have no digest of {@code day} yet. */
    public List<DigestUser> digestUsersWithout(LocalDate day) {
        return session()
                .createNativeQuery("""
                        SELECT p.user_id, p.time_zone FROM notification_preferences p
                        WHERE p.digest = 'daily'
                          AND NOT EXISTS (SELECT 1 FROM email_outbox e WHERE e.user_id = p.user_id AND e.digest_day = :day)
                        ORDER BY p.user_id
                        """, DigestUser.class)
                .setParameter("day", day)
                .getResultList();
    }

    /**
     * Users who chose the daily digest with the latest day it has been queued for (null when never),
     * so the job can tell whose last ended day still waits.
     */
    public List<DigestState> digestUsers() {
        return session().createNativeQuery("""
                        SELECT p.user_id, p.time_zone,
                               (SELECT max(e.digest_day) FROM email_outbox e WHERE e.user_id = p.user_id
                                AND e.kind = 'digest') AS last_day
                        FROM notification_preferences p WHERE p.digest = 'daily' ORDER BY p.user_id
                        """, DigestState.class).getResultList();
    }

    /** A digest user, their time zone and the last day a digest was queued for. */
    public record DigestState(UUID userId, String timeZone, LocalDate lastDay) {}

    /** The user's notifications created in [from, to), oldest first. */
    public List<DigestLine> notificationsBetween(UUID userId, Instant from, Instant to) {
        return session()
                .createNativeQuery("""
                        SELECT title, link, created_at FROM notifications
                        WHERE user_id = :u AND created_at >= :from AND created_at < :to
                        ORDER BY created_at, id LIMIT 500
                        """, DigestLine.class)
                .setParameter("u", userId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Up to {@code limit} due e-mails, locked until the transaction ends (other replicas skip them). */
    public List<Pending> claimDue(Instant now, int limit) {
        return session()
                .createNativeQuery("""
                        SELECT id, to_address, subject, body, attempts FROM email_outbox
                        WHERE sent_at IS NULL AND next_attempt_at <= :now
                        ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED
                        """, Pending.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    public void markSent(UUID id, Instant at) {
        session()
                .createNativeMutationQuery(
                        "UPDATE email_outbox SET sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void markFailed(UUID id, Instant retryAt, String error) {
        session()
                .createNativeMutationQuery("""
                        UPDATE email_outbox SET attempts = attempts + 1, next_attempt_at = :retry, last_error = :error
                        WHERE id = :id
                        """)
                .setParameter("retry", retryAt)
                .setParameter("error", error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter("id", id)
                .executeUpdate();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
