package app.throughline.notification;

import app.throughline.platform.ThroughlineConfig;
import app.throughline.platform.Today;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The daily digest: one e-mail per user who chose it, per day in the user's time zone (their
 * preference, else the workspace's), listing that day's notifications; it goes out once that day
 * has ended where the user is. The job runs on every replica; the digest row's unique (user, day)
 * is the claim, so exactly one instance queues each digest. Days without notifications send nothing.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class);

    private final EmailQueue queue;
    private final Today today;
    private final boolean enabled;
    private final String linkBase;

    Digests(EmailQueue queue, Today today, ThroughlineConfig config) {
        this.queue = queue;
        this.today = today;
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
            buildDue(today.now());
        } catch (RuntimeException e) {
            LOG.warn("Building digests failed; the next run retries", e);
        }
    }

    /**
     * Queues, for every user who chose the digest, the digest of the last day that has ended in
     * their time zone at {@code now}, unless it was queued before; returns how many this call queued.
     */
    @ActivateRequestContext
    public int buildDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int queued = 0;
            for (EmailQueue.DigestState user : queue.digestUsers()) {
                ZoneId zone = today.zoneOr(user.timeZone());
                LocalDate day = LocalDate.ofInstant(now, zone).minusDays(1);
                if (user.lastDay() != null && !user.lastDay().isBefore(day)) {
                    continue;
                }
                if (digest(user.userId(), day, zone)) {
                    queued++;
                }
            }
            return queued;
        });
    }

    /**
     * Queues the digest of {@code day} (midnight to midnight in each user's zone) for every user who
     * chose it and has none yet; returns how many this call queued.
     */
    @ActivateRequestContext
    public int build(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int queued = 0;
            for (EmailQueue.DigestUser user : queue.digestUsersWithout(day)) {
                if (digest(user.userId(), day, today.zoneOr(user.timeZone()))) {
                    queued++;
                }
            }
            return queued;
        });
    }

    /** Queues one user's digest of one day; false when there is nothing to send or it was queued before. */
    private boolean digest(UUID user, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<EmailQueue.DigestLine> lines = queue.notificationsBetween(user, from, to);
        String address = queue.addressOf(user).orElse(null);
        if (lines.isEmpty() || address == null) {
            return false;
        }
        StringBuilder body = new StringBuilder("Your notifications of " + day + " (" + zone.getId() + "):\n\n");
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
        return queue.queueDigest(user, day, address, subject, body.toString());
    }
}
