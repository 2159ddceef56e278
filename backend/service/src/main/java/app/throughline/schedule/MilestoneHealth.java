package app.throughline.schedule;

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
    public static Outcome of(LocalDate dueDate, List<Gate> gates, LocalDate today, int minutesPerDay,
            java.util.function.ToIntFunction<LocalDateTime> slackMinutes) {
        LocalDateTime latest = gates.stream().map(Gate::earlyFinish).filter(java.util.Objects::nonNull).max(LocalDateTime::compareTo)
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

    /** Project health: off track when a milestone is missed or a committed one forecast late; at risk on any risk or negative float. */
    public static String project(List<Outcome> milestones, List<Boolean> committed, List<LocalDate> dueDates, boolean negativeFloat) {
        boolean offTrack = false;
        boolean atRisk = negativeFloat;
        for (int i = 0; i < milestones.size(); i++) {
            Outcome outcome = milestones.get(i);
            boolean lateForecast = outcome.forecast() != null && outcome.forecast().isAfter(dueDates.get(i));
            if ("missed".equals(outcome.health()) || committed.get(i) && lateForecast) {
                offTrack = true;
            }
            if ("at_risk".equals(outcome.health())) {
                atRisk = true;
            }
        }
        return offTrack ? "off_track" : atRisk ? "at_risk" : "on_track";
    }
}
