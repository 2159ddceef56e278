package app.throughline.schedule;

import app.throughline.platform.ThroughlineConfig;
import app.throughline.platform.Today;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Time passing is a change: when the date rolls over, every open project whose status date rolls
 * is recomputed, so unfinished work moves off yesterday, forecasts and health stay true and
 * milestones become missed without anyone editing. One replica does it per day (a marker row
 * claimed in PostgreSQL); the check runs every few minutes, so a service that was down at
 * midnight catches up when it starts. Cheap when nothing moved: only changed rows are written.
 */
@ApplicationScoped
public class DayRollover {

    private static final Logger LOG = Logger.getLogger(DayRollover.class);

    private final Today today;
    private final RollingProjectRepository projects;
    private final ScheduleRecomputer recomputer;
    private final ThroughlineConfig config;

    DayRollover(
            Today today, RollingProjectRepository projects, ScheduleRecomputer recomputer, ThroughlineConfig config) {
        this.today = today;
        this.projects = projects;
        this.recomputer = recomputer;
        this.config = config;
    }

    @Scheduled(every = "5m", delayed = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        if (config.time().dailyRecompute()) {
            rollOver(today.date());
        }
    }

    /** Rolls every rolling project to {@code day} unless that was done already; returns how many were recomputed. */
    public int rollOver(LocalDate day) {
        boolean claimed = QuarkusTransaction.requiringNew().call(() -> projects.claimDay(day));
        if (!claimed) {
            return 0;
        }
        List<UUID> rolling = QuarkusTransaction.requiringNew().call(projects::rollingProjects);
        long started = System.nanoTime();
        int rowsChanged = 0;
        for (UUID project : rolling) {
            // one transaction each: a project that fails to compute does not hold back the others
            try {
                rowsChanged += QuarkusTransaction.requiringNew().call(() -> recomputer.recompute(project));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not roll project %s to %s", project, day);
            }
        }
        LOG.infof(
                "Rolled %d projects to %s in %.0f ms (%d task schedules changed)",
                rolling.size(), day, (System.nanoTime() - started) / 1e6, rowsChanged);
        return rolling.size();
    }
}
