package app.throughline.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskScoreTest {

    @Test
    void shouldMultiplyProbabilityByImpact() {
        assertThat(RiskScore.of(4, 3)).isEqualTo(12);
        assertThat(RiskScore.of(1, 1)).isEqualTo(1);
        assertThat(RiskScore.of(5, 5)).isEqualTo(25);
    }

    @Test
    void shouldPutEachScoreInItsBandAtTheEdges() {
        assertThat(RiskScore.severity(4)).isEqualTo("low");
        assertThat(RiskScore.severity(5)).isEqualTo("medium");
        assertThat(RiskScore.severity(9)).isEqualTo("medium");
        assertThat(RiskScore.severity(10)).isEqualTo("high");
        assertThat(RiskScore.severity(15)).isEqualTo("high");
        assertThat(RiskScore.severity(16)).isEqualTo("critical");
    }
}
