package app.throughline.notification;

import app.throughline.events.EventTypes;
import app.throughline.notification.NotificationDtos.Channel;
import app.throughline.platform.ThroughlineConfig;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Turns outbox events into inbox notifications for the people concerned, by each one's
 * preferences, never for the person who made the change, and hands each event to the webhooks
 * ({@link EventsDispatched}, once per batch) in the same transaction. Claimed rows are locked ({@code FOR UPDATE
 * SKIP LOCKED}), so replicas running this at once share the rows and no event is dispatched twice;
 * a crash before commit leaves the rows undispatched for the next run.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final NotificationRepository notifications;
    private final NotificationPreferences preferences;
    private final Event<EventsDispatched> dispatched;
    private final ObjectMapper json;
    private final EmailQueue emails;
    private final boolean mailEnabled;
    private final String linkBase;

    NotificationDispatcher(
            Outbox outbox,
            NotificationRepository notifications,
            NotificationPreferences preferences,
            Event<EventsDispatched> dispatched,
            ObjectMapper json,
            EmailQueue emails,
            ThroughlineConfig config) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.preferences = preferences;
        this.dispatched = dispatched;
        this.json = json;
        this.emails = emails;
        this.mailEnabled = config.mail().enabled();
        this.linkBase = config.mail().linkBase().orElse(null);
    }

    @Scheduled(
            every = "${throughline.notifications.dispatch-every:2s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            while (dispatch() == BATCH) {
                // keep going while full batches come back
            }
        } catch (RuntimeException e) {
            LOG.warn("Notification dispatch failed; the next run retries", e);
        }
    }

    /** Dispatches one batch of undispatched events in its own transaction; returns how many. */
    @ActivateRequestContext
    public int dispatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Outbox.Entry> batch = outbox.claimUndispatched(BATCH);
            if (batch.isEmpty()) {
                return 0;
            }
            Map<UUID, Map<String, Channel>> channels = new HashMap<>();
            Map<UUID, Boolean> digests = new HashMap<>();
            Lookups lookups = new Lookups();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<UUID> done = new ArrayList<>();
            for (Outbox.Entry event : batch) {
                Map<String, Object> data = data(event);
                Set<UUID> recipients =
                        new LinkedHashSet<>(lookups.membersAmong(event.workspaceId(), concerned(event, data, lookups)));
                if (event.actorId() != null) {
                    recipients.remove(event.actorId());
                }
                if (!recipients.isEmpty()) {
                    String subject = data.get("title") instanceof String s
                            ? s
                            : notifications.titleOf(event.subjectId()).orElse(null);
                    String title = NotificationTitles.title(event.type(), data, subject);
                    String link = NotificationTitles.link(event.type(), event.projectId(), event.subjectId());
                    for (UUID user : recipients) {
                        Channel channel = channels.computeIfAbsent(user, preferences::channels)
                                .getOrDefault(event.type(), Channel.in_app);
                        // an e-mail preference lands in the inbox too, and is mailed (per event, or
                        // in the daily digest when the user chose it) when e-mail is configured
                        if (channel == Channel.email
                                && mailEnabled
                                && !digests.computeIfAbsent(user, preferences::dailyDigest)) {
                            queueMail(user, event, title, link);
                        }
                        if (channel != Channel.off) {
                            notifications.insert(
                                    user,
                                    event.workspaceId(),
                                    event.id(),
                                    event.type(),
                                    title,
                                    link,
                                    event.occurredAt());
                        }
                    }
                }
                done.add(event.id());
            }
            dispatched.fire(new EventsDispatched(batch));
            outbox.markDispatched(done, now);
            return batch.size();
        });
    }

    private void queueMail(UUID user, Outbox.Entry event, String title, String link) {
        emails.addressOf(user).ifPresent(address -> {
            String body = title + "\n"
                    + (linkBase != null && link != null ? "\n" + linkBase + link + "\n" : "")
                    + "\nEvent " + event.type() + " at " + event.occurredAt() + " (id " + event.id() + ").\n"
                    + "You receive this e-mail because you chose e-mail for " + event.type()
                    + " in your notification preferences.\n";
            String subject = title.length() > 280 ? title.substring(0, 279) + "…" : title;
            emails.queueEvent(user, event.id(), address, "[Throughline] " + subject, body);
        });
    }

    /** Dispatches until nothing is left (for tests and the benchmark); returns how many. */
    @ActivateRequestContext
    public int dispatchAll() {
        int total = 0;
        int n;
        while ((n = dispatch()) > 0) {
            total += n;
        }
        return total;
    }

    /** Who an event concerns, before preferences, membership and "not the actor" are applied. */
    private Set<UUID> concerned(Outbox.Entry e, Map<String, Object> data, Lookups lookups) {
        Set<UUID> users = new LinkedHashSet<>();
        switch (e.type()) {
            case EventTypes.TASK_CREATED, EventTypes.TASK_DELETED, EventTypes.STATUS_REPORT_PUBLISHED ->
                users.addAll(lookups.projectOwnerOf(e.projectId()));
            case EventTypes.TASK_UPDATED,
                    EventTypes.TASK_STATUS_CHANGED,
                    EventTypes.DEPENDENCY_CHANGED,
                    EventTypes.DEADLINE_APPROACHING,
                    EventTypes.TASK_OVERDUE -> {
                users.addAll(lookups.assigneesOf(e.subjectId()));
                users.addAll(lookups.projectOwnerOf(e.projectId()));
            }
            case EventTypes.TASK_ASSIGNED -> users.addAll(notifications.usersOfPeople(uuids(data.get("personId"))));
            case EventTypes.APPROVAL_REQUESTED -> users.addAll(notifications.approversOf(uuid(data.get("approvalId"))));
            case EventTypes.APPROVAL_DECIDED -> {
                users.addAll(notifications.requesterOf(uuid(data.get("approvalId"))));
                users.addAll(lookups.assigneesOf(e.subjectId()));
            }
            case EventTypes.RISK_ESCALATED -> {
                users.addAll(notifications.usersOfPeople(uuids(data.get("personIds"))));
                users.addAll(lookups.projectOwnerOf(e.projectId()));
            }
            case EventTypes.COMMENT_MENTION -> users.addAll(notifications.usersOfPeople(uuids(data.get("personId"))));
            case EventTypes.MILESTONE_AT_RISK, EventTypes.MILESTONE_MISSED, EventTypes.MILESTONE_ACHIEVED -> {
                users.addAll(notifications.milestoneOwnerOf(e.subjectId()));
                users.addAll(lookups.projectOwnerOf(e.projectId()));
            }
            default -> {}
        }
        return users;
    }

    /**
     * The questions a batch asks over and over (the same project's owner, the same task's
     * assignees, the same workspace's members), each asked once per batch: the answers cannot
     * change under the batch's transaction in a way that matters to one dispatch.
     */
    private final class Lookups {
        private final Map<UUID, Set<UUID>> owners = new HashMap<>();
        private final Map<UUID, Set<UUID>> assignees = new HashMap<>();
        private final Map<List<Object>, Set<UUID>> members = new HashMap<>();

        Set<UUID> projectOwnerOf(UUID projectId) {
            return projectId == null ? Set.of() : owners.computeIfAbsent(projectId, notifications::projectOwnerOf);
        }

        Set<UUID> assigneesOf(UUID taskId) {
            return taskId == null ? Set.of() : assignees.computeIfAbsent(taskId, notifications::assigneesOf);
        }

        Set<UUID> membersAmong(UUID workspaceId, Set<UUID> users) {
            if (users.isEmpty()) {
                return Set.of();
            }
            return members.computeIfAbsent(
                    List.of(workspaceId, Set.copyOf(users)), k -> notifications.membersAmong(workspaceId, users));
        }
    }

    private Map<String, Object> data(Outbox.Entry e) {
        try {
            return json.readValue(e.data(), new TypeReference<Map<String, Object>>() {});
        } catch (java.io.IOException ex) {
            return Map.of();
        }
    }

    private static UUID uuid(Object value) {
        try {
            return value == null ? null : UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Collection<UUID> uuids(Object value) {
        List<UUID> ids = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> {
                UUID id = uuid(v);
                if (id != null) {
                    ids.add(id);
                }
            });
        } else if (uuid(value) != null) {
            ids.add(uuid(value));
        }
        return ids;
    }
}
