package app.throughline.report;

import app.throughline.capacity.WorkloadDtos.Granularity;
import app.throughline.capacity.WorkloadDtos.PersonWorkload;
import app.throughline.capacity.WorkloadDtos.WorkloadOverallocation;
import app.throughline.capacity.WorkloadQuery;
import app.throughline.capacity.WorkloadService;
import app.throughline.milestone.Milestone;
import app.throughline.milestone.MilestoneForecaster;
import app.throughline.milestone.MilestoneForecaster.Forecast;
import app.throughline.milestone.MilestoneRepository;
import app.throughline.platform.Today;
import app.throughline.project.Project;
import app.throughline.report.ReportFacts.CriticalPathFact;
import app.throughline.report.ReportFacts.CriticalTask;
import app.throughline.report.ReportFacts.FinishFact;
import app.throughline.report.ReportFacts.MilestoneFact;
import app.throughline.report.ReportFacts.PersonFact;
import app.throughline.report.ReportFacts.RiskFact;
import app.throughline.report.StatusReportRepository.FinishRow;
import app.throughline.risk.RiskSummaries;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Generates a report's facts from what the service already keeps: the move history and actuals,
 * the stored schedule and baselines, the milestone forecaster, the risk summary and the workload.
 */
@ApplicationScoped
class ReportFactsGenerator {

    static final int DUE_SOON_DAYS = 14;
    static final int LIST_LIMIT = 50;

    private final StatusReportRepository data;
    private final MilestoneRepository milestones;
    private final MilestoneForecaster forecaster;
    private final RiskSummaries risks;
    private final WorkloadService workload;
    private final Today today;

    ReportFactsGenerator(
            StatusReportRepository data,
            MilestoneRepository milestones,
            MilestoneForecaster forecaster,
            RiskSummaries risks,
            WorkloadService workload,
            Today today) {
        this.data = data;
        this.milestones = milestones;
        this.forecaster = forecaster;
        this.risks = risks;
        this.workload = workload;
        this.today = today;
    }

    /** The facts and the computed schedule health ({@code null} before the first computation). */
    record Generated(ReportFacts facts, String health) {}

    Generated generate(Project project, LocalDate from, LocalDate to, ReportFacts previous) {
        String zone = today.zone().getId();
        FinishRow finish = data.finish(project.id);
        List<ReportFacts.SlipFact> slipped = data.hasBaseline(project.id) ? data.slipped(project.id, LIST_LIMIT) : null;
        List<RiskFact> topRisks = risks.ofProject(project.id).topRisks().stream()
                .map(r -> new RiskFact(
                        r.id(),
                        r.kind().name(),
                        r.title(),
                        r.score(),
                        r.severity(),
                        r.status().name()))
                .toList();
        ReportFacts facts = new ReportFacts(
                to,
                data.completed(project.id, from, to, zone),
                data.started(project.id, from, to, zone),
                slipped,
                milestones(project, previous),
                criticalPath(project, previous),
                finish(project, finish),
                topRisks,
                data.dueSoon(project.id, to.plusDays(1), to.plusDays(DUE_SOON_DAYS), LIST_LIMIT),
                overallocated(project, from, to.plusDays(DUE_SOON_DAYS)));
        return new Generated(facts, finish.health());
    }

    private List<MilestoneFact> milestones(Project project, ReportFacts previous) {
        List<Milestone> all = milestones.list("projectId", project.id);
        Map<UUID, MilestoneFact> before = previous == null || previous.milestones() == null
                ? Map.of()
                : previous.milestones().stream()
                        .collect(Collectors.toMap(MilestoneFact::milestoneId, m -> m, (a, b) -> a));
        Set<UUID> owners =
                all.stream().map(m -> m.ownerId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, String> names = new HashMap<>();
        data.names(owners).forEach(p -> names.put(p.id(), p.name()));
        return all.stream()
                .sorted(Comparator.comparing((Milestone m) -> m.dueDate).thenComparing(m -> m.id))
                .map(m -> {
                    Forecast forecast = forecaster.forecast(m);
                    MilestoneFact old = before.get(m.id);
                    Long moved = old == null || old.forecastDate() == null || forecast.date() == null
                            ? null
                            : ChronoUnit.DAYS.between(old.forecastDate(), forecast.date());
                    String previousHealth =
                            old == null || Objects.equals(old.health(), forecast.health()) ? null : old.health();
                    return new MilestoneFact(
                            m.id,
                            m.name,
                            m.dueDate,
                            forecast.date(),
                            forecast.health(),
                            m.committed,
                            m.ownerId,
                            m.ownerId == null ? null : names.get(m.ownerId),
                            moved,
                            previousHealth);
                })
                .toList();
    }

    /** The critical set now, and the difference from the set the previous published report recorded. */
    private CriticalPathFact criticalPath(Project project, ReportFacts previous) {
        List<CriticalTask> now = data.critical(project.id);
        if (previous == null
                || previous.criticalPath() == null
                || previous.criticalPath().tasks() == null) {
            return new CriticalPathFact(now, null, null);
        }
        List<CriticalTask> before = previous.criticalPath().tasks();
        Set<UUID> nowIds = now.stream().map(CriticalTask::taskId).collect(Collectors.toSet());
        Set<UUID> beforeIds = before.stream().map(CriticalTask::taskId).collect(Collectors.toSet());
        List<CriticalTask> gone =
                before.stream().filter(t -> !nowIds.contains(t.taskId())).toList();
        Set<UUID> finished = new HashSet<>(
                data.finished(gone.stream().map(CriticalTask::taskId).toList()));
        return new CriticalPathFact(
                now,
                now.stream().filter(t -> !beforeIds.contains(t.taskId())).toList(),
                gone.stream().filter(t -> !finished.contains(t.taskId())).toList());
    }

    private static FinishFact finish(Project project, FinishRow row) {
        LocalDate forecast = date(row.forecastFinish());
        LocalDate baseline = date(row.latestBaselineFinish());
        return new FinishFact(
                forecast,
                date(row.firstBaselineFinish()),
                baseline,
                project.targetFinishDate,
                forecast == null || baseline == null ? null : ChronoUnit.DAYS.between(baseline, forecast),
                forecast == null || project.targetFinishDate == null
                        ? null
                        : ChronoUnit.DAYS.between(project.targetFinishDate, forecast));
    }

    /** People whose over-allocated runs in [from, to] include this project's tasks, by name. */
    private List<PersonFact> overallocated(Project project, LocalDate from, LocalDate to) {
        LocalDate last = from.plusDays(WorkloadQuery.MAX_DAYS - 1L).isBefore(to)
                ? from.plusDays(WorkloadQuery.MAX_DAYS - 1L)
                : to;
        // only the people with work on this project in the window can be over-allocated on it; their
        // whole workload (every project) says whether they are
        List<UUID> working = data.peopleWorkingOn(project.id, from, last);
        if (working.isEmpty()) {
            return List.of();
        }
        List<PersonWorkload> people = workload.workloadOf(
                        project.workspaceId, new WorkloadQuery(from, last, Granularity.day, null, null), working)
                .people();
        Map<UUID, Set<UUID>> tasksByPerson = new HashMap<>();
        Set<UUID> tasks = new HashSet<>();
        for (PersonWorkload person : people) {
            for (WorkloadOverallocation run : person.overallocations()) {
                tasksByPerson
                        .computeIfAbsent(person.personId(), p -> new HashSet<>())
                        .addAll(run.taskIds());
                tasks.addAll(run.taskIds());
            }
        }
        Set<UUID> ours = new HashSet<>(data.tasksOfProject(project.id, tasks));
        return people.stream()
                .filter(p -> tasksByPerson.getOrDefault(p.personId(), Set.of()).stream()
                        .anyMatch(ours::contains))
                .map(p -> new PersonFact(p.personId(), p.name()))
                .sorted(Comparator.comparing(PersonFact::name).thenComparing(PersonFact::personId))
                .toList();
    }

    private static LocalDate date(LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }
}
