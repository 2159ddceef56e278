package app.throughline.metrics;

import app.throughline.api.InvalidRequest;
import app.throughline.capacity.WorkloadDtos.Granularity;
import app.throughline.capacity.WorkloadDtos.Period;
import app.throughline.capacity.WorkloadDtos.PersonWorkload;
import app.throughline.capacity.WorkloadDtos.TeamWorkload;
import app.throughline.capacity.WorkloadQuery;
import app.throughline.capacity.WorkloadService;
import app.throughline.metrics.MetricsDtos.Bucket;
import app.throughline.metrics.MetricsDtos.MetricsView;
import app.throughline.metrics.MetricsDtos.Percentiles;
import app.throughline.metrics.MetricsDtos.PersonUtilization;
import app.throughline.metrics.MetricsDtos.ScopeChanges;
import app.throughline.metrics.MetricsDtos.SeriesBucket;
import app.throughline.metrics.MetricsDtos.TeamUtilization;
import app.throughline.metrics.MetricsDtos.Utilization;
import app.throughline.metrics.MetricsRepository.Delivery;
import app.throughline.metrics.MetricsRepository.DeliveryBucket;
import app.throughline.metrics.MetricsRepository.Rates;
import app.throughline.metrics.MetricsRepository.Satisfaction;
import app.throughline.metrics.MetricsRepository.Scope;
import app.throughline.metrics.MetricsRepository.Scope3;
import app.throughline.metrics.MetricsRepository.Times;
import app.throughline.platform.Today;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Delivery metrics of a project or workspace over a range, each from one SQL aggregate. */
@ApplicationScoped
public class MetricsService {

    /** The longest range: three years. */
    static final long MAX_RANGE_DAYS = 3 * 366;

    private final MetricsRepository data;
    private final ProjectService projects;
    private final TenantGuard guard;
    private final WorkloadService workload;
    private final Today today;

    MetricsService(
            MetricsRepository data, ProjectService projects, TenantGuard guard, WorkloadService workload, Today today) {
        this.data = data;
        this.projects = projects;
        this.guard = guard;
        this.workload = workload;
        this.today = today;
    }

    @Transactional
    public MetricsView ofProject(UUID projectId, LocalDate from, LocalDate to, String granularity) {
        Project project = projects.readable(projectId);
        return metrics(Scope.PROJECT, projectId, project.workspaceId, from, to, granularity);
    }

    @Transactional
    public MetricsView ofWorkspace(UUID workspaceId, LocalDate from, LocalDate to, String granularity) {
        guard.require(workspaceId, Role.viewer);
        return metrics(Scope.WORKSPACE, workspaceId, workspaceId, from, to, granularity);
    }

    private MetricsView metrics(
            Scope scope, UUID id, UUID workspaceId, LocalDate fromParam, LocalDate toParam, String granularityParam) {
        LocalDate to = toParam != null ? toParam : today.date();
        LocalDate from = fromParam != null ? fromParam : to.minusDays(89);
        if (to.isBefore(from)) {
            throw InvalidRequest.field("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw InvalidRequest.field("to", "the range covers at most three years");
        }
        MetricsDtos.Granularity granularity;
        try {
            granularity = granularityParam == null
                    ? MetricsDtos.Granularity.week
                    : MetricsDtos.Granularity.valueOf(granularityParam);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.field("granularity", "must be week or month");
        }
        String zone = today.zone().getId();
        String unit = granularity.name();
        Delivery delivery = data.delivery(scope, id, workspaceId, from, to, today.date(), unit, zone);
        Map<LocalDate, Scope3> changesByBucket = new HashMap<>();
        data.scopeChanges(scope, id, from, to, unit, zone).forEach(c -> changesByBucket.put(c.start(), c));
        Map<LocalDate, Satisfaction> ratingsByBucket = new HashMap<>();
        data.satisfaction(scope, id, from, to, unit, zone).forEach(r -> ratingsByBucket.put(r.start(), r));

        Rates rates = Rates.NONE;
        long added = 0;
        long removed = 0;
        long reestimated = 0;
        long ratingSum = 0;
        long ratings = 0;
        List<Bucket> throughput = new ArrayList<>();
        List<SeriesBucket> series = new ArrayList<>();
        for (DeliveryBucket b : delivery.buckets()) {
            Rates r = b.rates();
            Scope3 c = changesByBucket.getOrDefault(b.start(), new Scope3(b.start(), 0, 0, 0));
            Satisfaction s = ratingsByBucket.getOrDefault(b.start(), new Satisfaction(b.start(), 0, 0));
            rates = rates.plus(r);
            added += c.added();
            removed += c.removed();
            reestimated += c.reestimated();
            ratingSum += s.sum();
            ratings += s.count();
            throughput.add(new Bucket(b.start(), b.done()));
            LocalDate next = granularity == MetricsDtos.Granularity.week
                    ? b.start().plusWeeks(1)
                    : b.start().plusMonths(1);
            series.add(new SeriesBucket(
                    b.start().isBefore(from) ? from : b.start(),
                    next.minusDays(1).isAfter(to) ? to : next.minusDays(1),
                    b.done(),
                    ratio(r.onTime(), r.judged()),
                    ratio(r.onTimeBaseline(), r.judgedBaseline()),
                    ratio(r.achieved(), r.due()),
                    r.due(),
                    new ScopeChanges(c.added(), c.removed(), c.reestimated()),
                    mean(s.sum(), s.count()),
                    s.count()));
        }
        Times times = delivery.times();
        return new MetricsView(
                from,
                to,
                granularity,
                ratio(rates.onTime(), rates.judged()),
                ratio(rates.onTimeBaseline(), rates.judgedBaseline()),
                ratio(rates.achieved(), rates.due()),
                new Percentiles(times.cycleP50(), times.cycleP85(), times.count()),
                new Percentiles(times.leadP50(), times.leadP85(), times.count()),
                throughput,
                utilization(scope, id, workspaceId, from, to),
                round(data.scheduleVariance(scope, id)),
                new ScopeChanges(added, removed, reestimated),
                delivery.estimateAccuracy(),
                mean(ratingSum, ratings),
                ratings,
                series);
    }

    /** The mean rating to two decimals, as the SQL rounded it before. */
    private static Double mean(long sum, long count) {
        return count == 0 ? null : Math.round(sum * 100.0 / count) / 100.0;
    }

    /**
     * Demand ÷ capacity summed over the range's weeks; for a project, over the people assigned to it.
     * The demand is the work as done and planned (finished tasks at their actual dates), not the
     * forward-looking workload's work left from the status date: over a past range that one finds
     * almost no demand against a whole range of capacity (the dashboard read 0–3 %). Capacity counts
     * from the start of the project (for a workspace, of its first live project) when the range begins
     * earlier.
     */
    private Utilization utilization(Scope scope, UUID id, UUID workspaceId, LocalDate rangeFrom, LocalDate to) {
        // capacity counts from the first project's start: before it there is no work to measure
        LocalDate started = data.firstStart(scope, id);
        LocalDate from = started != null && started.isAfter(rangeFrom) ? started : rangeFrom;
        if (from.isAfter(to)) {
            return new Utilization(null, List.of(), List.of());
        }
        LocalDate last = from.plusDays(WorkloadQuery.MAX_DAYS - 1L);
        var view = workload.workloadAsWorked(
                workspaceId, new WorkloadQuery(from, to.isBefore(last) ? to : last, Granularity.week, null, null));
        Set<UUID> included = scope == Scope.PROJECT ? new HashSet<>(data.peopleOfProject(id)) : null;
        double demand = 0;
        double capacity = 0;
        List<PersonWorkload> people = view.people().stream()
                .filter(p -> included == null || included.contains(p.personId()))
                .toList();
        List<PersonUtilization> perPerson = new java.util.ArrayList<>();
        for (PersonWorkload p : people) {
            double d = p.periods().stream().mapToDouble(Period::demandHours).sum();
            double c = p.periods().stream().mapToDouble(Period::capacityHours).sum();
            demand += d;
            capacity += c;
            perPerson.add(new PersonUtilization(p.personId(), p.name(), p.teamId(), c == 0 ? null : round(d / c)));
        }
        List<TeamUtilization> teams = view.teams().stream()
                .filter(t -> included == null
                        || people.stream()
                                .anyMatch(p -> t.teamId() != null && t.teamId().equals(p.teamId())))
                .map(MetricsService::team)
                .toList();
        return new Utilization(capacity == 0 ? null : round(demand / capacity), perPerson, teams);
    }

    private static TeamUtilization team(TeamWorkload t) {
        double d = t.periods().stream().mapToDouble(Period::demandHours).sum();
        double c = t.periods().stream().mapToDouble(Period::capacityHours).sum();
        return new TeamUtilization(t.teamId(), c == 0 ? null : round(d / c));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 1000) / 1000.0;
    }
}
