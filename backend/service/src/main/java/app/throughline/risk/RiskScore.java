package app.throughline.risk;

/** Score = probability × impact (each 1–5) and its severity band: low ≤ 4, medium ≤ 9, high ≤ 15, critical above. */
public final class RiskScore {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private RiskScore() {}

    public static int of(int probability, int impact) {
        return probability * impact;
    }

    public static String severity(int score) {
        if (score <= 4) {
            return "low";
        }
        if (score <= 9) {
            return "medium";
        }
        if (score <= 15) {
            return "high";
        }
        return "critical";
    }
}
