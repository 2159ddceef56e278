package app.throughline.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What the API accepts as text and as a date, in one place for bodies and query parameters alike:
 * text that PostgreSQL and every client can store and show, dates in an era plans live in.
 */
public final class InputRules {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    public static final String DATE_RANGE = "must be a date between " + EARLIEST + " and " + LATEST;

    private InputRules() {}

    /** Why {@code text} cannot be stored, or empty when it can. */
    public static Optional<String> textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                // PostgreSQL text cannot hold NUL, and no person types one
                return Optional.of("must not contain the NUL character (\\u0000)");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must not contain an unpaired surrogate (\\u" + hex(c) + ")");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate (\\u" + hex(c) + ")");
            }
        }
        return Optional.empty();
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean inRange(OffsetDateTime time) {
        return inRange(time.toLocalDate());
    }

    private static String hex(char c) {
        return String.format("%04x", (int) c);
    }
}
