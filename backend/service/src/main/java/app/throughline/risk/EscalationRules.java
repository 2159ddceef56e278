package app.throughline.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which automatic escalation rules hold for a risk. Pure: facts in, rule names out. A rule raises a
 * risk once when it starts to hold; it is re-armed when it stops holding (see {@link RuleOutcome}).
 */
public final class EscalationRules {

    public static final String SCORE = "score_at_least";
    public static final String OVERDUE = "overdue_days";
    public static final String MILESTONE = "milestone_at_risk";

    /** The policy's rules; a null threshold (or false) is switched off. */
    public record Rules(Integer scoreAtLeast, Integer overdueDays, boolean milestoneAtRisk) {
        public boolean any() {
            return scoreAtLeast != null || overdueDays != null || milestoneAtRisk;
        }
    }

    /** What the rules look at. */
    public record Facts(int score, RiskStatus status, LocalDate dueDate, boolean linkedMilestoneAtRisk) {}

    /** Rules that start to hold (they raise the risk; the first one is recorded) and rules to re-arm. */
    public record RuleOutcome(List<String> newlyHolding, List<String> holding) {}

    private EscalationRules() {}

    /** The rules that hold, in a fixed order (score, overdue, milestone). */
    public static List<String> holding(Rules rules, Facts facts, LocalDate today) {
        List<String> holding = new ArrayList<>();
        if (facts.status() == RiskStatus.closed) {
            return holding;
        }
        if (rules.scoreAtLeast() != null && facts.score() >= rules.scoreAtLeast()) {
            holding.add(SCORE);
        }
        // past its due date with no mitigation under way
        if (rules.overdueDays() != null
                && facts.status() == RiskStatus.open
                && facts.dueDate() != null
                && ChronoUnit.DAYS.between(facts.dueDate(), today) >= rules.overdueDays()) {
            holding.add(OVERDUE);
        }
        if (rules.milestoneAtRisk() && facts.linkedMilestoneAtRisk()) {
            holding.add(MILESTONE);
        }
        return holding;
    }

    /** Compares what holds now with what had fired before. */
    public static RuleOutcome compare(List<String> holding, List<String> firedBefore) {
        List<String> fresh =
                holding.stream().filter(r -> !firedBefore.contains(r)).toList();
        return new RuleOutcome(fresh, holding);
    }
}
