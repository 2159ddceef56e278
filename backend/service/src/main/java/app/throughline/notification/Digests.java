package app.throughline.notification;

import app.throughline.platform.ThroughlineConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The daily digest: one e-mail per user who chose it, per (UTC) day, listing that day's
 * notifications. The job runs on every replica; the digest row's unique (user, day) is the claim, so
 * exactly one instance queues each digest. Days without notifications send nothing.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class);

    private final EmailQueue queue;
    private final boolean enabled;
    private final String linkBase;

    Digests(EmailQueue queue, ThroughlineConfig config) {
        this.queue = queue;
        this.enabled = config.mail().enabled();
        this.linkBase = config.mail().linkBase().orElse(null);
    }

    @Scheduled(
            every = "${throughline.mail.digest-every:1h}",
            delayed = "120s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        if (!enabled) {
            return;
        }
        try {
            build(LocalDate.now(ZoneOffset.UTC).minusDays(1));
        } catch (RuntimeException e) {
            LOG.warn("Building digests failed; the next run retries", e);
        }
    }

    /** Queues the digest of {@code day} for every user who chose it and has none yet; returns how many this call queued. */
    @ActivateRequestContext
    public int build(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return QuarkusTransaction.requiringNew().call(() -> {
            int queued = 0;
            for (UUID user : queue.digestUsersWithout(day)) {
                List<EmailQueue.DigestLine> lines = queue.notificationsBetween(user, from, to);
                String address = queue.addressOf(user).orElse(null);
                if (lines.isEmpty() || address == null) {
                    continue;
                }
                StringBuilder body = new StringBuilder("Your notifications of " + day + ":\n\n");
                for (EmailQueue.DigestLine line : lines) {
                    body.append("- ").append(line.title());
                    if (linkBase != null && line.link() != null) {
                        body.append("\n  ").append(linkBase).append(line.link());
                    }
                    body.append('\n');
                }
                body.append("\nYou receive this digest because you chose it in your notification preferences.\n");
                String subject = "Throughline digest for " + day + ": " + lines.size() + " notification"
                        + (lines.size() == 1 ? "" : "s");
                if (queue.queueDigest(user, day, address, subject, body.toString())) {
                    queued++;
                }
            }
            return queued;
        });
    }
}
