package app.throughline.schedule;

import app.throughline.schedule.engine.WorkCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A milestone's forecast and health from its gating tasks: the forecast is the latest early
 * finish; achieved when every gate is done; missed when the due date has passed without that;
 * at risk when the forecast leaves less than one working day before the end of the due date
 * (a forecast after the due date leaves a negative amount).
 */
public final class MilestoneHealth {

    /** One gating task as the rule needs it. */
    public record Gate(LocalDateTime earlyFinish, boolean done) {}

    public record Outcome(LocalDate forecast, String health) {}

    private MilestoneHealth() {}

    /**
     * @param slackMinutes working minutes from a forecast finish to the end of the due date (negative when later)
     */
    public static Outcome of(
            LocalDate dueDate,
            List<Gate> gates,
            LocalDate today,
            int minutesPerDay,
            java.util.function.ToIntFunction<LocalDateTime> slackMinutes) {
        LocalDateTime latest = gates.stream()
                .map(Gate::earlyFinish)
                .filter(java.util.Objects::nonNull)
                .max(LocalDateTime::compareTo)
                .orElse(null);
        LocalDate forecast = latest == null ? null : latest.toLocalDate();
        boolean achieved = !gates.isEmpty() && gates.stream().allMatch(Gate::done);
        if (achieved) {
            return new Outcome(forecast, "achieved");
        }
        if (today.isAfter(dueDate)) {
            return new Outcome(forecast, "missed");
        }
        boolean thin = latest != null && slackMinutes.applyAsInt(latest) < minutesPerDay;
        return new Outcome(forecast, thin ? "at_risk" : "on_track");
    }

    /** Working minutes from {@code forecast} to the end of {@code dueDate}; negative when the forecast is later. */
    public static int slackMinutes(WorkCalendar calendar, LocalDateTime forecast, LocalDate dueDate) {
        LocalDateTime endOfDue = dueDate.plusDays(1).atStartOfDay();
        return forecast.isAfter(endOfDue)
                ? -calendar.workingMinutesBetween(endOfDue, forecast)
                : calendar.workingMinutesBetween(forecast, endOfDue);
    }

    /**
     * Project health: off track when a milestone was missed or the forecast finish is past the
     * project's target finish; at risk when a milestone is at risk or any task has negative float;
     * otherwise on track.
     */
    public static String project(List<Outcome> milestones, boolean finishAfterTarget, boolean negativeFloat) {
        boolean missed = milestones.stream().anyMatch(m -> "missed".equals(m.health()));
        boolean atRisk = negativeFloat || milestones.stream().anyMatch(m -> "at_risk".equals(m.health()));
        return missed || finishAfterTarget ? "off_track" : atRisk ? "at_risk" : "on_track";
    }

    /** The worse of two project healths (a null one counts as unknown, the other wins). */
    public static String worse(String a, String b) {
        List<String> order = List.of("on_track", "at_risk", "off_track");
        if (a == null || !order.contains(a)) {
            return b;
        }
        if (b == null || !order.contains(b)) {
            return a;
        }
        return order.indexOf(a) >= order.indexOf(b) ? a : b;
    }
}
