package app.throughline.notification;

import app.throughline.platform.ThroughlineConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends queued e-mail through Quarkus Mailer (SMTP as configured). Each batch is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked sent in the same transaction, so two replicas never send
 * a row at once; a crash between the SMTP hand-over and the commit sends that mail again (at least
 * once). A failure is retried with a growing pause, up to 10 attempts.
 */
@ApplicationScoped
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 10;

    private final EmailQueue queue;
    private final Mailer mailer;
    private final boolean enabled;

    EmailSender(EmailQueue queue, Mailer mailer, ThroughlineConfig config) {
        this.queue = queue;
        this.mailer = mailer;
        this.enabled = config.mail().enabled();
    }

    @Scheduled(
            every = "${throughline.mail.send-every:10s}",
            delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        if (!enabled) {
            return;
        }
        try {
            while (sendDue() == BATCH) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            LOG.warn("Sending e-mail failed; the next run retries", e);
        }
    }

    /** Sends one batch of due e-mail in its own transaction; returns how many were claimed. */
    @ActivateRequestContext
    public int sendDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<EmailQueue.Pending> due = queue.claimDue(now, BATCH);
            for (EmailQueue.Pending mail : due) {
                try {
                    mailer.send(Mail.withText(mail.toAddress(), mail.subject(), mail.body()));
                    queue.markSent(mail.id(), now);
                } catch (RuntimeException e) {
                    int attempt = mail.attempts() + 1;
                    Instant retry = attempt >= MAX_ATTEMPTS
                            ? now.plus(Duration.ofDays(3650))
                            : now.plus(Duration.ofSeconds(30L << Math.min(attempt, 10)));
                    LOG.warnf("E-mail %s to %s failed (attempt %d): %s", mail.id(), mail.toAddress(), attempt, e);
                    queue.markFailed(mail.id(), retry, String.valueOf(e.getMessage()));
                }
            }
            return due.size();
        });
    }
}
