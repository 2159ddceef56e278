package app.throughline.risk;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.auth.CurrentUser;
import app.throughline.events.DomainEvents;
import app.throughline.events.EventTypes;
import app.throughline.milestone.MilestoneForecaster;
import app.throughline.milestone.MilestoneRepository;
import app.throughline.platform.Today;
import app.throughline.risk.EscalationDtos.Direction;
import app.throughline.risk.EscalationDtos.Level;
import app.throughline.risk.EscalationRules.Facts;
import app.throughline.risk.EscalationRules.Rules;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Moves risks up and down the workspace's escalation ladder, by hand or by rule, inside the
 * caller's transaction: each step is logged, leaves a notification row per person of the level
 * reached and fires {@link RiskEscalated}.
 */
@ApplicationScoped
public class Escalator {

    private static final Set<String> MILESTONE_TROUBLE = Set.of("at_risk", "missed");

    private final EscalationPolicyRepository policies;
    private final EscalationRepository escalations;
    private final MilestoneRepository milestones;
    private final Instance<MilestoneForecaster> forecaster;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final Today today;
    private final ObjectMapper json;
    private final Event<RiskEscalated> escalated;
    private final DomainEvents events;

    Escalator(
            EscalationPolicyRepository policies,
            EscalationRepository escalations,
            MilestoneRepository milestones,
            Instance<MilestoneForecaster> forecaster,
            ActivityLog activity,
            CurrentUser currentUser,
            Today today,
            ObjectMapper json,
            Event<RiskEscalated> escalated,
            DomainEvents events) {
        this.policies = policies;
        this.escalations = escalations;
        this.milestones = milestones;
        this.forecaster = forecaster;
        this.activity = activity;
        this.currentUser = currentUser;
        this.today = today;
        this.json = json;
        this.escalated = escalated;
        this.events = events;
    }

    public List<Level> levels(UUID workspaceId) {
        return policies.findByIdOptional(workspaceId).map(this::levels).orElse(List.of());
    }

    List<Level> levels(EscalationPolicy policy) {
        try {
            return json.readValue(policy.levels, new TypeReference<List<Level>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable escalation levels of workspace " + policy.workspaceId, e);
        }
    }

    String levelsJson(List<Level> levels) {
        try {
            return json.writeValueAsString(levels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One step up or down; 409 past the top level or below "not escalated". */
    @Transactional(Transactional.TxType.MANDATORY)
    public RiskEscalation step(Risk risk, Direction direction, String reason, String rule) {
        List<Level> levels = levels(risk.workspaceId);
        int from = risk.escalationLevel;
        int to = direction == Direction.up ? from + 1 : from - 1;
        if (direction == Direction.up && to > levels.size()) {
            throw new Conflict(
                    levels.isEmpty()
                            ? "The workspace has no escalation levels; set them in its escalation policy first"
                            : "The risk is at the top escalation level (" + from + " of " + levels.size()
                                    + "); it cannot go higher");
        }
        if (direction == Direction.down && to < 0) {
            throw new Conflict("The risk is not escalated; it cannot go lower");
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RiskEscalation escalation = new RiskEscalation();
        escalation.id = UUID.randomUUID();
        escalation.workspaceId = risk.workspaceId;
        escalation.projectId = risk.projectId;
        escalation.riskId = risk.id;
        escalation.direction = direction.name();
        escalation.fromLevel = from;
        escalation.level = to;
        escalation.reason = reason.trim();
        escalation.rule = rule;
        escalation.byUserId = rule == null ? currentUser.idIfAuthenticated().orElse(null) : null;
        escalation.at = at;
        escalation.createdAt = at;
        escalations.persist(escalation);
        risk.escalationLevel = to;
        risk.updatedAt = at;
        Changes changes = new Changes();
        changes.set("escalationLevel", from, to);
        activity.record(risk.workspaceId, risk.projectId, "risk", risk.id, Action.updated, changes);
        List<UUID> people = to == 0 ? List.of() : people(levels.get(to - 1));
        escalations.notify(risk.workspaceId, escalation.id, people, at);
        escalated.fire(new RiskEscalated(risk.workspaceId, risk.projectId, risk.id, escalation.id, to, people));
        if (to > from) {
            events.publish(
                    EventTypes.RISK_ESCALATED,
                    risk.workspaceId,
                    risk.projectId,
                    risk.id,
                    Map.of("title", risk.title, "level", to, "personIds", people));
        }
        return escalation;
    }

    /**
     * Runs the workspace's rules on the risk: a rule that starts to hold raises it one level (once,
     * recording the rule); a rule that stops holding is re-armed. At the top level nothing is raised
     * but the rule still counts as fired, so it does not try again on every sweep.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RiskEscalation> applyRules(Risk risk) {
        Optional<EscalationPolicy> policy = policies.findByIdOptional(risk.workspaceId);
        Rules rules = policy.map(p -> new Rules(p.scoreAtLeast, p.overdueDays, p.milestoneAtRisk))
                .orElse(new Rules(null, null, false));
        List<String> firedBefore = Arrays.asList(risk.firedRules == null ? new String[0] : risk.firedRules);
        List<String> holding = EscalationRules.holding(rules, facts(risk, rules), today.date());
        List<String> fresh = EscalationRules.compare(holding, firedBefore).newlyHolding();
        if (!holding.equals(firedBefore)) {
            risk.firedRules = holding.toArray(String[]::new);
        }
        if (fresh.isEmpty()
                || policy.isEmpty()
                || risk.escalationLevel >= levels(policy.get()).size()) {
            return Optional.empty();
        }
        return Optional.of(step(risk, Direction.up, reason(fresh, risk, rules), fresh.get(0)));
    }

    private Facts facts(Risk risk, Rules rules) {
        boolean milestoneTrouble = rules.milestoneAtRisk()
                && forecaster.isResolvable()
                && risk.milestoneIds.stream()
                        .map(milestones::findByIdOptional)
                        .flatMap(Optional::stream)
                        .anyMatch(m -> MILESTONE_TROUBLE.contains(
                                forecaster.get().forecast(m).health()));
        return new Facts(risk.score(), risk.status, risk.dueDate, milestoneTrouble);
    }

    private static String reason(List<String> fresh, Risk risk, Rules rules) {
        return String.join(
                "; ",
                fresh.stream()
                        .map(rule -> switch (rule) {
                            case EscalationRules.SCORE ->
                                "Score " + risk.score() + " reached the threshold " + rules.scoreAtLeast();
                            case EscalationRules.OVERDUE ->
                                "Open " + rules.overdueDays() + "+ days past its due date " + risk.dueDate
                                        + " without mitigation";
                            default -> "A linked milestone is at risk or missed";
                        })
                        .toList());
    }

    private static List<UUID> people(Level level) {
        return level.personIds() == null ? List.of() : level.personIds();
    }
}
