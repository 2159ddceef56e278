package app.throughline.capacity;

import app.throughline.capacity.CapacityRepository.AssignmentLoad;
import app.throughline.capacity.WorkspaceCalendars.Calendars;
import app.throughline.platform.Today;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demand of a task in progress is the work still to do, not its whole span: of its work
 * (duration × units), the share not yet complete, spread evenly over the working time from the
 * project's status date to the task's scheduled finish. Work before the status date is done or
 * reported; counting it would show people overallocated in the past and double-count the part of
 * the task already finished.
 */
@ApplicationScoped
public class RemainingWork {

    private final WorkspaceCalendars workspaceCalendars;
    private final Today today;

    RemainingWork(WorkspaceCalendars workspaceCalendars, Today today) {
        this.workspaceCalendars = workspaceCalendars;
        this.today = today;
    }

    /**
     * The loads as they weigh from now on: in-progress ones start at the status date with their units
     * scaled so that units × working time left = the work left; a task whose work is left but whose
     * scheduled time is all before the status date weighs nothing here (the schedule moves it).
     */
    public List<AssignmentLoad> of(UUID workspaceId, List<AssignmentLoad> loads) {
        List<AssignmentLoad> inProgress =
                loads.stream().filter(l -> l.percentComplete() > 0).toList();
        if (inProgress.isEmpty()) {
            return loads;
        }
        LocalDate first = inProgress.stream()
                .map(l -> l.earlyStart().toLocalDate())
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = inProgress.stream()
                .map(l -> l.earlyFinish().toLocalDate())
                .max(LocalDate::compareTo)
                .orElseThrow();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        Calendars calendars = workspaceCalendars.over(workspaceId, first, days);
        List<AssignmentLoad> result = new ArrayList<>(loads.size());
        for (AssignmentLoad load : loads) {
            result.add(load.percentComplete() > 0 ? remaining(load, calendars.ofProject(load.projectId())) : load);
        }
        return result;
    }

    private AssignmentLoad remaining(AssignmentLoad load, CalendarDays calendar) {
        LocalDateTime statusMoment = statusMoment(load.statusDate());
        LocalDateTime from = load.earlyStart().isAfter(statusMoment) ? load.earlyStart() : statusMoment;
        long windowMinutes = 0;
        int firstDay = (int) Math.max(0, ChronoUnit.DAYS.between(calendar.first(), from.toLocalDate()));
        int lastDay = (int)
                ChronoUnit.DAYS.between(calendar.first(), load.earlyFinish().toLocalDate());
        for (int d = firstDay; d <= lastDay && d < calendar.days(); d++) {
            windowMinutes += calendar.minutesWithin(d, from, load.earlyFinish());
        }
        if (windowMinutes == 0) {
            return load.withRemaining(from, 0);
        }
        double workLeft = load.units() * load.workMinutes() * (1 - load.percentComplete() / 100.0);
        return load.withRemaining(from, workLeft / windowMinutes);
    }

    /** As the schedule reads it: a fixed status date covers progress to the end of that day. */
    private LocalDateTime statusMoment(LocalDate statusDate) {
        return statusDate != null
                ? statusDate.plusDays(1).atStartOfDay()
                : today.date().atStartOfDay();
    }
}
