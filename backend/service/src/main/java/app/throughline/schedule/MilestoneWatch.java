package app.throughline.schedule;

import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.milestone.Milestone;
import app.throughline.milestone.MilestoneForecaster;
import app.throughline.platform.ScalarQueries;
import app.throughline.schedule.MilestoneHealth.Outcome;
import app.throughline.schedule.PlanRepository.PlanMilestone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Publishes a milestone's health transitions: {@code milestone.at_risk}, {@code milestone.missed}
 * and {@code milestone.achieved}, once per transition. The last health seen is kept in
 * {@code milestone_health_states}; a change is written with an upsert that only touches the row
 * when the health differs, so of two transactions seeing the same change (two replicas, or the
 * sweep racing a recompute) only the one whose write landed publishes. A first sighting that is
 * already at risk, missed or achieved counts as a transition; on track is remembered silently.
 *
 * <p>Two callers: {@link ScheduleRecomputer} after each recompute (a plan edit moved a forecast), in
 * the edit's transaction, and the periodic reminder job through {@link #sweep} (time passed a due
 * date without any edit).
 */
@ApplicationScoped
public class MilestoneWatch {

    private static final List<String> ANNOUNCED = List.of("at_risk", "missed", "achieved");

    private final EntityManager em;
    private final DomainEvents events;
    private final MilestoneForecaster forecaster;

    MilestoneWatch(EntityManager em, DomainEvents events, MilestoneForecaster forecaster) {
        this.em = em;
        this.events = events;
        this.forecaster = forecaster;
    }

    /** After a recompute: the outcomes of the project's milestones, in the order of {@code milestones}. */
    void observe(UUID workspaceId, UUID projectId, List<PlanMilestone> milestones, List<Outcome> outcomes) {
        if (milestones.isEmpty()) {
            return;
        }
        Map<UUID, String> known =
                known(milestones.stream().map(PlanMilestone::id).toList());
        for (int i = 0; i < milestones.size(); i++) {
            PlanMilestone m = milestones.get(i);
            Outcome o = outcomes.get(i);
            changed(workspaceId, projectId, m.id(), m.name(), m.dueDate(), o.forecast(), o.health(), known.get(m.id()));
        }
    }

    /**
     * Milestones whose due date has passed (by their project's status date, or {@code today}) and
     * that are neither missed nor achieved yet are judged again; returns how many events this call
     * published. Runs in the caller's transaction.
     */
    public int sweep(LocalDate today) {
        List<UUID> due = ScalarQueries.of(session(), """
                        SELECT m.id FROM milestones m JOIN projects p ON p.id = m.project_id
                        LEFT JOIN milestone_health_states s ON s.milestone_id = m.id
                        WHERE m.due_date < COALESCE(p.status_date, :today)
                          AND (s.health IS NULL OR s.health NOT IN ('missed', 'achieved'))
                        ORDER BY m.due_date, m.id
                        LIMIT 5000
                        """, "id", UUID.class)
                .setParameter("today", today)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, String> known = known(due);
        int published = 0;
        for (UUID id : due) {
            Milestone m = em.find(Milestone.class, id);
            if (m == null) {
                continue;
            }
            MilestoneForecaster.Forecast f = forecaster.forecast(m);
            if (changed(m.workspaceId, m.projectId, m.id, m.name, m.dueDate, f.date(), f.health(), known.get(id))) {
                published++;
            }
        }
        return published;
    }

    /** Records {@code health} when it differs from the last one; returns whether an event was published. */
    private boolean changed(
            UUID workspaceId,
            UUID projectId,
            UUID milestoneId,
            String name,
            LocalDate dueDate,
            LocalDate forecast,
            String health,
            String previous) {
        if (health == null || health.equals(previous)) {
            return false;
        }
        int written = session()
                .createNativeMutationQuery("""
                        INSERT INTO milestone_health_states (milestone_id, health, changed_at) VALUES (:m, :h, :at)
                        ON CONFLICT (milestone_id) DO UPDATE SET health = EXCLUDED.health, changed_at = EXCLUDED.changed_at
                        WHERE milestone_health_states.health <> EXCLUDED.health
                        """)
                .setParameter("m", milestoneId)
                .setParameter("h", health)
                .setParameter("at", Instant.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        if (written == 0 || !ANNOUNCED.contains(health)) {
            return false;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", name);
        data.put("milestoneId", milestoneId.toString());
        data.put("dueDate", dueDate == null ? null : dueDate.toString());
        data.put("forecastDate", forecast == null ? null : forecast.toString());
        data.put("health", health);
        data.put("previousHealth", previous);
        events.publish(type(health), workspaceId, projectId, milestoneId, data);
        return true;
    }

    private static String type(String health) {
        return switch (health) {
            case "at_risk" -> EventTypes.MILESTONE_AT_RISK;
            case "missed" -> EventTypes.MILESTONE_MISSED;
            default -> EventTypes.MILESTONE_ACHIEVED;
        };
    }

    record KnownHealth(UUID milestoneId, String health) {}

    private Map<UUID, String> known(List<UUID> ids) {
        Map<UUID, String> known = new HashMap<>();
        session()
                .createNativeQuery(
                        "SELECT milestone_id, health FROM milestone_health_states WHERE milestone_id IN (:ids)",
                        KnownHealth.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> known.put(row.milestoneId(), row.health()));
        return known;
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
