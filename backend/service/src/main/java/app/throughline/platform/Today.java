package app.throughline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one "today" of the service: the date status dates roll to, forecasts are judged against
 * and milestones are missed after. Fixed by {@code throughline.time.fixed-date} for reproducible
 * runs; tests may move it ({@link #set}) to watch time pass.
 */
@ApplicationScoped
public class Today {

    private final ZoneId zone;
    private final LocalDate configured;
    private volatile LocalDate fixed;

    Today(ThroughlineConfig config) {
        this.zone = ZoneId.of(config.time().zone());
        this.configured = config.time().fixedDate().orElse(null);
        this.fixed = configured;
    }

    public LocalDate date() {
        LocalDate pinned = fixed;
        return pinned != null ? pinned : LocalDate.now(Clock.system(zone));
    }

    /** The workspace time zone days are counted in. */
    public ZoneId zone() {
        return zone;
    }

    /** Pins today to {@code date}, for tests that watch time pass. */
    public void set(LocalDate date) {
        this.fixed = date;
    }

    /** Back to the configured today. */
    public void reset() {
        this.fixed = configured;
    }
}
