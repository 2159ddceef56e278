package app.throughline.risk;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Versioned;
import app.throughline.planning.References;
import app.throughline.risk.EscalationDtos.Direction;
import app.throughline.risk.EscalationDtos.Escalate;
import app.throughline.risk.EscalationDtos.EscalationView;
import app.throughline.risk.EscalationDtos.Level;
import app.throughline.risk.EscalationDtos.Policy;
import app.throughline.risk.EscalationDtos.PolicyView;
import app.throughline.risk.EscalationDtos.Rules;
import app.throughline.risk.EscalationRepository.EscalationRow;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The workspace's escalation policy, escalating a risk by hand, and the escalations list. */
@ApplicationScoped
public class EscalationService {

    private final EscalationPolicyRepository policies;
    private final EscalationRepository escalations;
    private final RiskRepository risks;
    private final RiskService riskService;
    private final Escalator escalator;
    private final TenantGuard guard;
    private final References references;
    private final ActivityLog activity;

    EscalationService(
            EscalationPolicyRepository policies,
            EscalationRepository escalations,
            RiskRepository risks,
            RiskService riskService,
            Escalator escalator,
            TenantGuard guard,
            References references,
            ActivityLog activity) {
        this.policies = policies;
        this.escalations = escalations;
        this.risks = risks;
        this.riskService = riskService;
        this.escalator = escalator;
        this.guard = guard;
        this.references = references;
        this.activity = activity;
    }

    public Versioned<PolicyView> policy(UUID workspaceId) {
        guard.require(workspaceId, Role.viewer);
        return policies.findByIdOptional(workspaceId)
                .map(p -> new Versioned<>(view(p), p.version))
                .orElse(new Versioned<>(new PolicyView(workspaceId, List.of(), new Rules(null, null, false)), 0));
    }

    /** Replaces the policy (admin) and runs its rules over the workspace's live risks at once. */
    @Transactional
    public Versioned<PolicyView> replacePolicy(UUID workspaceId, Policy body, String ifMatch) {
        guard.require(workspaceId, Role.admin);
        return replace(workspaceId, body, ifMatch);
    }

    /** Sets the policy without an access check: for the demo seeder, which acts before anyone signs in. */
    @Transactional
    public Versioned<PolicyView> replacePolicyAs(UUID workspaceId, Policy body) {
        return replace(workspaceId, body, null);
    }

    private Versioned<PolicyView> replace(UUID workspaceId, Policy body, String ifMatch) {
        List<Level> levels = body.levels();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level() != i + 1) {
                throw InvalidRequest.field(
                        "levels[" + i + "].level", "must be " + (i + 1) + ": levels count up from 1 without gaps");
            }
            List<UUID> people = levels.get(i).personIds() == null
                    ? List.of()
                    : levels.get(i).personIds();
            for (UUID person : people) {
                references.requirePerson(workspaceId, person, "levels[" + i + "].personIds");
            }
        }
        Optional<EscalationPolicy> existing = policies.findByIdOptional(workspaceId);
        Etags.requireCurrent(ifMatch, existing.map(p -> p.version).orElse(0L));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        EscalationPolicy policy = existing.orElseGet(() -> {
            EscalationPolicy created = new EscalationPolicy();
            created.workspaceId = workspaceId;
            created.createdAt = now;
            return created;
        });
        Rules rules = body.rules() == null ? new Rules(null, null, false) : body.rules();
        Changes changes = new Changes();
        policy.levels = changes.set("levels", policy.levels, escalator.levelsJson(levels));
        policy.scoreAtLeast = changes.set("scoreAtLeast", policy.scoreAtLeast, rules.scoreAtLeast());
        policy.overdueDays = changes.set("overdueDays", policy.overdueDays, rules.overdueDays());
        policy.milestoneAtRisk =
                changes.set("milestoneAtRisk", policy.milestoneAtRisk, Boolean.TRUE.equals(rules.milestoneAtRisk()));
        policy.updatedAt = now;
        if (existing.isEmpty()) {
            policies.persist(policy);
        }
        activity.record(
                workspaceId,
                null,
                "escalation_policy",
                workspaceId,
                existing.isEmpty() ? Action.created : Action.updated,
                changes);
        policies.flush();
        risks.liveOfWorkspace(workspaceId).forEach(escalator::applyRules);
        risks.flush();
        return new Versioned<>(view(policy), policy.version);
    }

    /** A coordinator moves a risk one level up or down, with a reason. */
    @Transactional
    public EscalationView escalate(UUID riskId, Escalate request) {
        Risk risk = riskService.writable(riskId, Role.coordinator);
        if (request.direction() == Direction.up && risk.status == RiskStatus.closed) {
            throw InvalidRequest.field("direction", "a closed risk cannot be escalated; reopen it first");
        }
        RiskEscalation escalation = escalator.step(risk, request.direction(), request.reason(), null);
        risks.flush();
        return view(escalation, risk.title, escalator.levels(risk.workspaceId));
    }

    public Page<EscalationView> list(UUID workspaceId, boolean openOnly, PageRequest page) {
        guard.require(workspaceId, Role.viewer);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Level> levels = escalator.levels(workspaceId);
        List<EscalationRow> rows = escalations.pageOfWorkspace(workspaceId, openOnly, after, page.limit + 1);
        return Page.from(rows, page.limit, row -> view(row, levels), row -> Cursor.of(row.at(), row.id()));
    }

    private PolicyView view(EscalationPolicy policy) {
        return new PolicyView(
                policy.workspaceId,
                escalator.levels(policy),
                new Rules(policy.scoreAtLeast, policy.overdueDays, policy.milestoneAtRisk));
    }

    private static EscalationView view(RiskEscalation e, String riskTitle, List<Level> levels) {
        return new EscalationView(
                e.id,
                e.riskId,
                e.projectId,
                riskTitle,
                Direction.valueOf(e.direction),
                e.fromLevel,
                e.level,
                levelName(levels, e.level),
                e.reason,
                e.at,
                e.byUserId,
                e.rule);
    }

    private static EscalationView view(EscalationRow row, List<Level> levels) {
        return new EscalationView(
                row.id(),
                row.riskId(),
                row.projectId(),
                row.riskTitle(),
                Direction.valueOf(row.direction()),
                row.fromLevel(),
                row.level(),
                levelName(levels, row.level()),
                row.reason(),
                row.at(),
                row.byUserId(),
                row.rule());
    }

    private static String levelName(List<Level> levels, int level) {
        return level >= 1 && level <= levels.size() ? levels.get(level - 1).name() : null;
    }
}
