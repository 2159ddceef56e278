package app.throughline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
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
    private volatile Instant fixedInstant;

    Today(ThroughlineConfig config) {
        this.zone = ZoneId.of(config.time().zone());
        this.configured = config.time().fixedDate().orElse(null);
        this.fixed = configured;
    }

    public LocalDate date() {
        return date(zone);
    }

    /**
     * Today where {@code where} is (a person's time zone): the pinned instant's date there, else the
     * pinned date (the same everywhere), else the real date there.
     */
    public LocalDate date(ZoneId where) {
        Instant at = fixedInstant;
        if (at != null) {
            return LocalDate.ofInstant(at, where);
        }
        LocalDate pinned = fixed;
        return pinned != null ? pinned : LocalDate.now(Clock.system(where));
    }

    /** The present instant: the pinned one (tests), else the real clock. */
    public Instant now() {
        Instant at = fixedInstant;
        return at != null ? at : Instant.now();
    }

    /** A stored zone name (a person's preference), or the workspace's zone when none or one this JVM does not know. */
    public ZoneId zoneOr(String name) {
        if (name == null) {
            return zone;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return zone;
        }
    }

    /** The workspace time zone days are counted in. */
    public ZoneId zone() {
        return zone;
    }

    /** Pins today to {@code date}, for tests that watch time pass. */
    public void set(LocalDate date) {
        this.fixed = date;
    }

    /** Pins the clock to {@code at}, for tests of time zones: each zone's today is its date at that instant. */
    public void set(Instant at) {
        this.fixedInstant = at;
    }

    /** Back to the configured today. */
    public void reset() {
        this.fixed = configured;
        this.fixedInstant = null;
    }
}
