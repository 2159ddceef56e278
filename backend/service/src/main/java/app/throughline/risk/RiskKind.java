package app.throughline.risk;

/** A risk may happen; an issue has happened (a risk whose status became occurred turns into one). */
public enum RiskKind {
    risk,
    issue
}
