package app.throughline.capacity;

import app.throughline.api.ResourceNotFound;
import app.throughline.capacity.CapacityRepository.AssignmentLoad;
import app.throughline.capacity.CapacityRepository.PersonRow;
import app.throughline.capacity.CapacityRepository.TimeOffRow;
import app.throughline.capacity.WorkloadDtos.Granularity;
import app.throughline.capacity.WorkloadDtos.Period;
import app.throughline.capacity.WorkloadDtos.PersonWorkload;
import app.throughline.capacity.WorkloadDtos.TeamWorkload;
import app.throughline.capacity.WorkloadDtos.WorkloadOverallocation;
import app.throughline.capacity.WorkloadDtos.WorkloadView;
import app.throughline.capacity.WorkspaceCalendars.Calendars;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Workload: capacity and demand per person and day, computed in {@code person × day} arrays from
 * a few set-based reads, then summed into periods.
 *
 * <p>Capacity of a day is the person's calendar's working hours × maxUnits, 0 on time off.
 * Demand: every assignment puts {@code units × working hours} of its task's project calendar on
 * each day of the task's scheduled span {@code [earlyStart, earlyFinish)}.
 */
@ApplicationScoped
public class WorkloadService {

    /** Hours below this are rounding noise, not over-allocation. */
    private static final double TOLERANCE = 0.005;

    private final TenantGuard guard;
    private final CapacityRepository data;
    private final WorkspaceCalendars workspaceCalendars;
    private final RemainingWork remainingWork;

    WorkloadService(
            TenantGuard guard,
            CapacityRepository data,
            WorkspaceCalendars workspaceCalendars,
            RemainingWork remainingWork) {
        this.remainingWork = remainingWork;
        this.guard = guard;
        this.data = data;
        this.workspaceCalendars = workspaceCalendars;
    }

    public WorkloadView workload(UUID workspaceId, WorkloadQuery query) {
        guard.require(workspaceId, Role.viewer);
        List<PersonRow> people = data.people(workspaceId, query.teamId(), query.personId());
        if (query.personId() != null && people.isEmpty()) {
            throw new ResourceNotFound("personId: Person " + query.personId() + " does not exist in this workspace"
                    + (query.teamId() != null ? " or team" : ""));
        }
        if (query.teamId() != null
                && query.personId() == null
                && people.isEmpty()
                && !data.teamExists(workspaceId, query.teamId())) {
            throw new ResourceNotFound("teamId: Team " + query.teamId() + " does not exist in this workspace");
        }
        return compute(workspaceId, query, people, null);
    }

    /**
     * The workload of just these people (all their work, in every project of the workspace), for a
     * caller that needs a few people rather than the whole workspace; the caller checks access.
     */
    public WorkloadView workloadOf(UUID workspaceId, WorkloadQuery query, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return new WorkloadView(query.from(), query.to(), query.granularity(), List.of(), List.of());
        }
        return compute(workspaceId, query, data.people(workspaceId, personIds), personIds);
    }

    /**
     * Capacity against the work as it was done and planned: finished tasks at their actual dates,
     * the others as scheduled, each with its whole work (not the work left from the status date).
     * For utilisation over a period that lies (partly) in the past, where the forward-looking
     * workload finds almost no demand. The caller checks access.
     */
    public WorkloadView workloadAsWorked(UUID workspaceId, WorkloadQuery query) {
        List<PersonRow> people = data.people(workspaceId, null, null);
        return computeWith(workspaceId, query, people, data.assignmentsAsWorked(workspaceId, query.from(), query.to()));
    }

    private WorkloadView compute(
            UUID workspaceId, WorkloadQuery query, List<PersonRow> people, Collection<UUID> personIds) {
        return computeWith(
                workspaceId,
                query,
                people,
                remainingWork.of(
                        workspaceId, data.assignments(workspaceId, query.from(), query.to(), null, false, personIds)));
    }

    private WorkloadView computeWith(
            UUID workspaceId, WorkloadQuery query, List<PersonRow> people, List<AssignmentLoad> loads) {
        int days = query.days();
        Map<UUID, Integer> index = new HashMap<>();
        for (int p = 0; p < people.size(); p++) {
            index.put(people.get(p).id(), p);
        }
        Calendars calendars = workspaceCalendars.over(workspaceId, query.from(), days);
        double[][] capacity = new double[people.size()][days];
        double[][] demand = new double[people.size()][days];
        for (int p = 0; p < people.size(); p++) {
            PersonRow person = people.get(p);
            CalendarDays calendar = calendars.of(person.calendarId());
            for (int d = 0; d < days; d++) {
                capacity[p][d] = calendar.minutes(d) * person.maxUnits() / 60.0;
            }
        }
        for (TimeOffRow off : data.timeOff(workspaceId, query.from(), query.to())) {
            Integer p = index.get(off.personId());
            if (p != null) {
                int first = Math.max(0, dayOf(query.from(), off.startDate()));
                int last = Math.min(days - 1, dayOf(query.from(), off.endDate()));
                for (int d = first; d <= last; d++) {
                    capacity[p][d] = 0;
                }
            }
        }
        List<List<Span>> spansOf = new ArrayList<>();
        people.forEach(person -> spansOf.add(new ArrayList<>()));
        for (AssignmentLoad load : loads) {
            Integer p = index.get(load.personId());
            if (p == null) {
                continue;
            }
            CalendarDays calendar = calendars.ofProject(load.projectId());
            int first = Math.max(0, dayOf(query.from(), load.earlyStart().toLocalDate()));
            int last = Math.min(days - 1, dayOf(query.from(), load.earlyFinish().toLocalDate()));
            spansOf.get(p).add(new Span(load, calendar, first, last));
            for (int d = first; d <= last; d++) {
                int minutes = calendar.minutesWithin(d, load.earlyStart(), load.earlyFinish());
                if (minutes > 0) {
                    demand[p][d] += load.units() * minutes / 60.0;
                }
            }
        }

        int[] periodStarts = periodStarts(query, days);
        List<PersonWorkload> result = new ArrayList<>(people.size());
        for (int p = 0; p < people.size(); p++) {
            PersonRow person = people.get(p);
            result.add(personWorkload(query, person, periodStarts, capacity[p], demand[p], spansOf.get(p)));
        }
        return new WorkloadView(query.from(), query.to(), query.granularity(), result, teamRollup(result));
    }

    /** Team totals per period: the sums of their people's capacity and demand (people without a team are left out). */
    private static List<TeamWorkload> teamRollup(List<PersonWorkload> people) {
        java.util.Map<UUID, List<PersonWorkload>> byTeam = new java.util.LinkedHashMap<>();
        people.stream()
                .filter(p -> p.teamId() != null)
                .forEach(p -> byTeam.computeIfAbsent(p.teamId(), t -> new ArrayList<>())
                        .add(p));
        List<TeamWorkload> teams = new ArrayList<>();
        byTeam.forEach((teamId, members) -> {
            List<Period> periods = new ArrayList<>();
            for (int i = 0; i < members.get(0).periods().size(); i++) {
                double capacity = 0;
                double demand = 0;
                int personDaysOver = 0;
                for (PersonWorkload member : members) {
                    capacity += member.periods().get(i).capacityHours();
                    demand += member.periods().get(i).demandHours();
                    personDaysOver += member.periods().get(i).overallocatedDays();
                }
                Double utilization = capacity > 0 ? round(demand / capacity) : null;
                periods.add(new Period(
                        members.get(0).periods().get(i).start(),
                        round(capacity),
                        round(demand),
                        utilization,
                        demand > capacity + TOLERANCE,
                        personDaysOver));
            }
            teams.add(new TeamWorkload(teamId, members.size(), periods));
        });
        return teams;
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private PersonWorkload personWorkload(
            WorkloadQuery query,
            PersonRow person,
            int[] periodStarts,
            double[] capacity,
            double[] demand,
            List<Span> spans) {
        int periods = periodStarts.length - 1;
        List<Period> result = new ArrayList<>(periods);
        double[] excess = new double[periods];
        for (int t = 0; t < periods; t++) {
            double cap = 0;
            double load = 0;
            int daysOver = 0;
            for (int d = periodStarts[t]; d < periodStarts[t + 1]; d++) {
                cap += capacity[d];
                load += demand[d];
                if (demand[d] - capacity[d] > TOLERANCE) {
                    daysOver++;
                }
            }
            boolean over = load - cap > TOLERANCE;
            excess[t] = over ? load - cap : 0;
            Double utilization = cap > 0 ? round(load / cap, 3) : null;
            result.add(new Period(
                    query.from().plusDays(periodStarts[t]),
                    round(cap, 2),
                    round(load, 2),
                    utilization,
                    over,
                    daysOver));
        }
        List<WorkloadOverallocation> overallocations = new ArrayList<>();
        for (int t = 0; t < periods; t++) {
            if (excess[t] == 0) {
                continue;
            }
            int end = t;
            double sum = 0;
            while (end < periods && excess[end] > 0) {
                sum += excess[end++];
            }
            int firstDay = periodStarts[t];
            int lastDay = periodStarts[end] - 1;
            overallocations.add(new WorkloadOverallocation(
                    query.from().plusDays(firstDay),
                    query.from().plusDays(lastDay),
                    round(sum, 2),
                    tasksWithWork(firstDay, lastDay, spans)));
            t = end;
        }
        return new PersonWorkload(person.id(), person.name(), person.teamId(), result, overallocations);
    }

    /**
     * An assignment's days in the window (day offsets, clamped to it) on its project's calendar,
     * worked out once per request: a person over-allocated in many runs is asked about every run.
     */
    private record Span(AssignmentLoad load, CalendarDays calendar, int first, int last) {}

    /** Tasks with working time on one of the days [firstDay, lastDay]. */
    private static List<UUID> tasksWithWork(int firstDay, int lastDay, List<Span> spans) {
        TreeSet<UUID> ids = new TreeSet<>();
        for (Span span : spans) {
            int first = Math.max(firstDay, span.first());
            int last = Math.min(lastDay, span.last());
            for (int d = first; d <= last; d++) {
                if (span.calendar()
                                .minutesWithin(
                                        d, span.load().earlyStart(), span.load().earlyFinish())
                        > 0) {
                    ids.add(span.load().taskId());
                    break;
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** Day offsets where each period starts, with the end of the window appended. */
    private static int[] periodStarts(WorkloadQuery query, int days) {
        if (query.granularity() == Granularity.day) {
            int[] starts = new int[days + 1];
            for (int d = 0; d <= days; d++) {
                starts[d] = d;
            }
            return starts;
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        LocalDate monday = query.from().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int d = dayOf(query.from(), monday); d < days; d += 7) {
            starts.add(d);
        }
        starts.add(days);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int dayOf(LocalDate from, LocalDate date) {
        return (int) Math.max(-1, Math.min(Integer.MAX_VALUE, ChronoUnit.DAYS.between(from, date)));
    }
}
