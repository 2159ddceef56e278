package app.throughline.risk;

import app.throughline.planning.PlanChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * A plan change can turn a linked milestone at risk: the rules run on the project's risks right
 * after the schedule is recomputed (this observer is ordered after the default ones), in the same
 * transaction, so the escalation commits with the change that caused it.
 */
@ApplicationScoped
public class RiskPlanWatch {

    private final RiskRepository risks;
    private final EscalationPolicyRepository policies;
    private final Escalator escalator;

    RiskPlanWatch(RiskRepository risks, EscalationPolicyRepository policies, Escalator escalator) {
        this.risks = risks;
        this.policies = policies;
        this.escalator = escalator;
    }

    void onPlanChanged(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) PlanChanged event) {
        var linked = risks.liveOfProject(event.projectId()).stream()
                .filter(r -> !r.milestoneIds.isEmpty())
                .toList();
        if (linked.isEmpty()
                || policies.findByIdOptional(linked.get(0).workspaceId)
                        .filter(p -> p.milestoneAtRisk)
                        .isEmpty()) {
            return;
        }
        linked.forEach(escalator::applyRules);
    }
}
