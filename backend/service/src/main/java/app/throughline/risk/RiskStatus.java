package app.throughline.risk;

public enum RiskStatus {
    open,
    mitigating,
    closed,
    occurred
}
