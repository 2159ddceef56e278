package app.throughline.notification;

import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.platform.ThroughlineConfig;
import app.throughline.platform.Today;
import app.throughline.schedule.MilestoneWatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Deadline reminders: "deadline approaching" when an open task's deadline is within the lead time
 * (working days, Monday to Friday; default 2) and "task overdue" once it has passed. Each fires once
 * per task, threshold and deadline: the job claims a {@code reminder_claims} row with
 * {@code INSERT … ON CONFLICT DO NOTHING} and only the instance whose insert landed publishes the
 * event, so replicas running the job at the same moment never remind twice. A moved deadline is a
 * new deadline and reminds again. Milestones turning at risk are announced to their owners when a
 * recompute moves their forecast ({@link MilestoneWatch}); this job turns those whose due date
 * passed without an edit missed.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    /**
     * An open task with a deadline inside the window, and its assignees' time zones (comma-separated;
     * {@value #WORKSPACE_ZONE} for one without; null when nobody is assigned).
     */
    public record Candidate(
            UUID id, UUID workspaceId, UUID projectId, String title, LocalDate deadline, String zones) {}

    private static final String WORKSPACE_ZONE = "-";

    private final EntityManager em;
    private final DomainEvents events;
    private final Today today;
    private final int leadWorkingDays;
    private final MilestoneWatch milestones;

    Reminders(EntityManager em, DomainEvents events, Today today, ThroughlineConfig config, MilestoneWatch milestones) {
        this.em = em;
        this.events = events;
        this.milestones = milestones;
        this.today = today;
        this.leadWorkingDays = config.notifications().leadWorkingDays();
    }

    @Scheduled(
            every = "${throughline.notifications.reminders-every:15m}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("Reminder run failed; the next one retries", e);
        }
    }

    /**
     * Finds due reminders and fires those no one fired before, and turns milestones whose due date
     * passed without an edit missed ({@link MilestoneWatch#sweep}); returns how many events this call
     * published. A task's days are counted in its assignees' time zones (their notification
     * preference, else the workspace's): the reminder fires when the first of them reaches the
     * threshold; an unassigned task uses the workspace's zone.
     */
    @ActivateRequestContext
    public int run() {
        LocalDate here = today.date();
        // every zone's today lies within a day or two of the workspace's: a superset, sorted out below
        LocalDate widest = addWorkingDays(here.plusDays(2), leadWorkingDays);
        return QuarkusTransaction.requiringNew().call(() -> {
            int fired = milestones.sweep(here);
            Map<String, LocalDate> todayIn = new HashMap<>();
            for (Candidate c : candidates(widest)) {
                LocalDate now = todayOf(c.zones(), todayIn, here);
                if (c.deadline().isAfter(addWorkingDays(now, leadWorkingDays))) {
                    continue;
                }
                boolean overdue = c.deadline().isBefore(now);
                String threshold = overdue ? "overdue" : "approaching";
                if (claim(c, threshold)) {
                    events.publish(
                            overdue ? EventTypes.TASK_OVERDUE : EventTypes.DEADLINE_APPROACHING,
                            c.workspaceId(),
                            c.projectId(),
                            c.id(),
                            Map.of("title", c.title(), "deadline", c.deadline().toString()));
                    fired++;
                }
            }
            return fired;
        });
    }

    /** The latest "today" among the zones ("-" or none: the workspace's, {@code here}). */
    private LocalDate todayOf(String zones, Map<String, LocalDate> todayIn, LocalDate here) {
        if (zones == null || zones.isEmpty()) {
            return here;
        }
        LocalDate latest = null;
        for (String name : zones.split(",")) {
            LocalDate d =
                    todayIn.computeIfAbsent(name, n -> n.equals(WORKSPACE_ZONE) ? here : today.date(today.zoneOr(n)));
            if (latest == null || d.isAfter(latest)) {
                latest = d;
            }
        }
        return latest;
    }

    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    private List<Candidate> candidates(LocalDate horizon) {
        return session()
                .createNativeQuery("""
                        SELECT t.id, t.workspace_id, t.project_id, t.title, t.deadline,
                               (SELECT string_agg(DISTINCT COALESCE(np.time_zone, '-'), ',') FROM assignments a
                                JOIN people pe ON pe.id = a.person_id
                                LEFT JOIN notification_preferences np ON np.user_id = pe.user_id
                                WHERE a.task_id = t.id) AS zones
                        FROM tasks t
                        WHERE t.deadline IS NOT NULL AND t.deadline <= :horizon
                          AND t.status_category NOT IN ('done', 'cancelled')
                          AND NOT EXISTS (SELECT 1 FROM reminder_claims c WHERE c.task_id = t.id
                                          AND c.due_date = t.deadline AND c.threshold = 'overdue')
                        ORDER BY t.deadline, t.id
                        LIMIT 5000
                        """, Candidate.class)
                .setParameter("horizon", horizon)
                .getResultList();
    }

    private boolean claim(Candidate c, String threshold) {
        return session()
                        .createNativeMutationQuery("""
                                INSERT INTO reminder_claims (task_id, threshold, due_date) VALUES (:t, :th, :d)
                                ON CONFLICT DO NOTHING
                                """)
                        .setParameter("t", c.id())
                        .setParameter("th", threshold)
                        .setParameter("d", c.deadline())
                        .executeUpdate()
                == 1;
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
