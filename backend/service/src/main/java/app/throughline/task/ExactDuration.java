package app.throughline.task;

import app.throughline.api.InvalidRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A duration or lag given as working days (3 decimals) or exactly in working minutes; one day is
 * the project calendar's minutes per working day. When only days are given the days are exact and
 * no minutes are stored; when minutes are given they are exact and the days are their rounded
 * equivalent. Both given must agree (the days rounded from the minutes, or the minutes rounded from
 * the days), else 422 naming the minutes field.
 */
public record ExactDuration(BigDecimal days, Integer minutes) {

    /** The most minutes accepted (10,000 days of 24 hours). */
    public static final int MAX_MINUTES = 10_000 * 1440;

    /**
     * @param days the days sent, or null
     * @param minutes the minutes sent, or null
     * @return null when neither was sent
     */
    public static ExactDuration of(
            BigDecimal days, Integer minutes, int minutesPerDay, String daysField, String minutesField) {
        if (minutes == null) {
            return days == null ? null : new ExactDuration(days, null);
        }
        BigDecimal derived = daysOf(minutes, minutesPerDay);
        if (days != null
                && days.compareTo(derived) != 0
                && Math.round(days.doubleValue() * minutesPerDay) != minutes.longValue()) {
            throw InvalidRequest.field(
                    minutesField,
                    "disagrees with " + daysField + " ("
                            + days.stripTrailingZeros().toPlainString() + " days of "
                            + minutesPerDay + " minutes are " + Math.round(days.doubleValue() * minutesPerDay)
                            + " minutes); send one of the two");
        }
        return new ExactDuration(derived, minutes);
    }

    /** Days of {@code minutesPerDay} minutes in {@code minutes}, to 3 decimals. */
    public static BigDecimal daysOf(int minutes, int minutesPerDay) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(minutesPerDay), 3, RoundingMode.HALF_UP);
    }

    /** The exact minutes: the stored ones, else the days at {@code minutesPerDay}. */
    public static int minutes(BigDecimal days, Integer minutes, int minutesPerDay) {
        if (minutes != null) {
            return minutes;
        }
        return Math.toIntExact(Math.round(days.doubleValue() * minutesPerDay));
    }
}
