package app.throughline.leveling.engine;

/**
 * A precedence that a schedule breaks: the successor starts {@code shortfall} periods too early.
 *
 * @param predecessor the predecessor activity
 * @param successor the successor activity
 * @param shortfall how many periods too early the successor starts
 */
public record PrecedenceViolation(int predecessor, int successor, int shortfall) {}
