package app.throughline.risk;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.risk.EscalationRules.Facts;
import app.throughline.risk.EscalationRules.Rules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void scoreRuleHoldsFromTheThresholdOn() {
        Rules rules = new Rules(15, null, false);
        assertThat(EscalationRules.holding(rules, new Facts(14, RiskStatus.open, null, false), TODAY))
                .isEmpty();
        assertThat(EscalationRules.holding(rules, new Facts(15, RiskStatus.open, null, false), TODAY))
                .containsExactly(EscalationRules.SCORE);
    }

    @Test
    void overdueRuleCountsCalendarDaysPastTheDueDateAndOnlyWithoutMitigation() {
        Rules rules = new Rules(null, 3, false);
        LocalDate due = LocalDate.of(2026, 11, 28);
        assertThat(EscalationRules.holding(rules, new Facts(4, RiskStatus.open, due, false), TODAY))
                .isEmpty(); // two days past
        assertThat(EscalationRules.holding(rules, new Facts(4, RiskStatus.open, due, false), TODAY.plusDays(1)))
                .containsExactly(EscalationRules.OVERDUE);
        assertThat(EscalationRules.holding(rules, new Facts(4, RiskStatus.mitigating, due, false), TODAY.plusDays(1)))
                .isEmpty();
    }

    @Test
    void aClosedRiskHoldsNoRule() {
        Rules rules = new Rules(1, 1, true);
        assertThat(EscalationRules.holding(
                        rules, new Facts(25, RiskStatus.closed, LocalDate.of(2026, 1, 1), true), TODAY))
                .isEmpty();
    }

    @Test
    void onlyRulesThatStartToHoldAreNew() {
        assertThat(EscalationRules.compare(
                                List.of(EscalationRules.SCORE, EscalationRules.MILESTONE),
                                List.of(EscalationRules.SCORE))
                        .newlyHolding())
                .containsExactly(EscalationRules.MILESTONE);
        assertThat(EscalationRules.compare(List.of(EscalationRules.SCORE), List.of(EscalationRules.SCORE))
                        .newlyHolding())
                .isEmpty();
    }
}
