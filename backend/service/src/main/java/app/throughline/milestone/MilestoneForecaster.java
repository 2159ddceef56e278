package app.throughline.milestone;

import java.time.LocalDate;

/** Supplies a milestone's forecast and health from the project's schedule. */
public interface MilestoneForecaster {

    record Forecast(LocalDate date, String health) {
        public static final Forecast NONE = new Forecast(null, null);
    }

    Forecast forecast(Milestone milestone);
}
