package app.throughline.flow;

import app.throughline.api.InvalidRequest;
import app.throughline.flow.FlowDtos.AgingTask;
import app.throughline.flow.FlowDtos.Bottleneck;
import app.throughline.flow.FlowDtos.FlowDay;
import app.throughline.flow.FlowDtos.FlowStatus;
import app.throughline.flow.FlowDtos.FlowView;
import app.throughline.flow.FlowDtos.TimeInStatusView;
import app.throughline.flow.FlowRepository.DayCount;
import app.throughline.flow.FlowRepository.ProjectWorkflow;
import app.throughline.flow.FlowRepository.Scope;
import app.throughline.flow.FlowRepository.TimeInStatus;
import app.throughline.flow.FlowRepository.Waiting;
import app.throughline.platform.Today;
import app.throughline.project.Project;
import app.throughline.project.ProjectRepository;
import app.throughline.project.ProjectService;
import app.throughline.workflow.StatusCategory;
import app.throughline.workflow.WorkflowDefinition;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import app.throughline.workflow.WorkflowService;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where work waits: cumulative flow, time in status and bottlenecks, for a project or a whole
 * workspace. The numbers come from {@link FlowRepository}; this class only names the bottlenecks.
 */
@ApplicationScoped
public class FlowService {

    static final int DEFAULT_DAYS = 28;
    static final int MAX_DAYS = 366;
    static final int AGING_SHOWN = 5;

    private final FlowRepository flow;
    private final ProjectService projects;
    private final ProjectRepository projectRepository;
    private final WorkflowService workflows;
    private final TenantGuard guard;
    private final Today today;

    FlowService(
            FlowRepository flow,
            ProjectService projects,
            ProjectRepository projectRepository,
            WorkflowService workflows,
            TenantGuard guard,
            Today today) {
        this.flow = flow;
        this.projects = projects;
        this.projectRepository = projectRepository;
        this.workflows = workflows;
        this.guard = guard;
        this.today = today;
    }

    @Transactional
    public FlowView ofProject(UUID projectId, LocalDate from, LocalDate to) {
        projects.readable(projectId);
        return compute(Scope.project, projectId, from, to);
    }

    @Transactional
    public FlowView ofWorkspace(UUID workspaceId, LocalDate from, LocalDate to) {
        guard.require(workspaceId, Role.viewer);
        return compute(Scope.workspace, workspaceId, from, to);
    }

    private FlowView compute(Scope scope, UUID id, LocalDate requestedFrom, LocalDate requestedTo) {
        LocalDate to = requestedTo != null ? requestedTo : today.date();
        LocalDate from = requestedFrom != null ? requestedFrom : to.minusDays(DEFAULT_DAYS - 1);
        if (from.isAfter(to)) {
            throw InvalidRequest.parameter("from", "must not be after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidRequest.parameter("from", "the window is at most " + MAX_DAYS + " days");
        }
        String zone = today.zone().getId();
        flow.roomForAnalytics();
        Map<UUID, WorkflowDefinition> byProject = workflowsOf(scope, id);
        List<DayCount> counts = flow.cumulativeFlow(scope, id, from, to, zone);
        List<TimeInStatus> times = flow.timeInStatus(scope, id, from, to, zone);
        List<Waiting> waiting = flow.waiting(scope, id, AGING_SHOWN);

        Map<String, WorkflowStatus> known = statusesInOrder(byProject.values());
        Set<String> seen = new java.util.HashSet<>();
        counts.forEach(c -> seen.add(c.status()));
        times.forEach(t -> seen.add(t.status()));
        waiting.forEach(w -> seen.add(w.status()));
        List<FlowStatus> statuses = new ArrayList<>();
        known.values().stream()
                .filter(s -> seen.contains(s.key()))
                .forEach(s -> statuses.add(new FlowStatus(
                        s.key(), s.name(), s.category().name(), scope == Scope.project ? s.wipLimit() : null)));
        seen.stream()
                .filter(k -> !known.containsKey(k))
                .sorted()
                .forEach(k -> statuses.add(new FlowStatus(k, k, null, null)));

        return new FlowView(
                from,
                to,
                statuses,
                days(counts),
                times.stream()
                        .map(t -> new TimeInStatusView(t.status(), t.p50Days(), t.p85Days(), t.count()))
                        .toList(),
                bottlenecks(byProject, known, counts, times, waiting, from, to));
    }

    private Map<UUID, WorkflowDefinition> workflowsOf(Scope scope, UUID id) {
        Map<UUID, WorkflowDefinition> definitions = new HashMap<>();
        Map<UUID, WorkflowDefinition> byProject = new LinkedHashMap<>();
        for (ProjectWorkflow row : flow.workflows(scope, id)) {
            byProject.put(row.projectId(), definitions.computeIfAbsent(row.workflowId(), workflows::definition));
        }
        return byProject;
    }

    /** Every status of the workflows in scope, in board order (the first workflow's order first). */
    private static Map<String, WorkflowStatus> statusesInOrder(java.util.Collection<WorkflowDefinition> definitions) {
        Map<String, WorkflowStatus> statuses = new LinkedHashMap<>();
        definitions.stream()
                .distinct()
                .sorted(Comparator.comparing(WorkflowDefinition::name))
                .forEach(d -> d.statuses().forEach(s -> statuses.putIfAbsent(s.key(), s)));
        return statuses;
    }

    private static List<FlowDay> days(List<DayCount> counts) {
        Map<LocalDate, Map<String, Integer>> byDay = new TreeMap<>();
        for (DayCount count : counts) {
            byDay.computeIfAbsent(count.day(), d -> new TreeMap<>()).put(count.status(), count.count());
        }
        return byDay.entrySet().stream()
                .map(e -> new FlowDay(e.getKey(), e.getValue()))
                .toList();
    }

    private List<Bottleneck> bottlenecks(
            Map<UUID, WorkflowDefinition> byProject,
            Map<String, WorkflowStatus> known,
            List<DayCount> counts,
            List<TimeInStatus> times,
            List<Waiting> waiting,
            LocalDate from,
            LocalDate to) {
        List<Bottleneck> found = new ArrayList<>();
        // 1. more tasks in a status than its WIP limit, per project
        Map<String, List<Waiting>> overLimit = new LinkedHashMap<>();
        for (Waiting w : waiting) {
            WorkflowDefinition workflow = byProject.get(w.projectId());
            Integer limit = workflow == null
                    ? null
                    : workflow.status(w.status()).map(WorkflowStatus::wipLimit).orElse(null);
            if (limit != null && w.inStatus() > limit && w.rank() == 1) {
                String key = w.status() + "|" + w.projectId();
                overLimit.put(key, List.of(w));
                found.add(new Bottleneck(
                        w.status(),
                        "over_wip_limit",
                        w.inStatus() + " tasks against a WIP limit of " + limit
                                + projectLabel(w.projectId(), byProject.size()),
                        oldest(waiting, w.status(), w.projectId())));
            }
        }
        // 2. queues that grew over the window, among open statuses
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (DayCount count : counts) {
            if (count.day().equals(from)) {
                first.put(count.status(), count.count());
            }
            if (count.day().equals(to)) {
                last.put(count.status(), count.count());
            }
        }
        for (Map.Entry<String, Integer> end : last.entrySet()) {
            int start = first.getOrDefault(end.getKey(), 0);
            if (isWaitingStatus(known.get(end.getKey())) && end.getValue() - start >= 2) {
                found.add(new Bottleneck(
                        end.getKey(),
                        "queue_growing",
                        "grew from " + start + " to " + end.getValue() + " tasks between " + from + " and " + to,
                        oldest(waiting, end.getKey(), null)));
            }
        }
        // 3. the open status where finished visits took longest
        times.stream()
                .filter(t -> isWaitingStatus(known.get(t.status())))
                .max(Comparator.comparing(TimeInStatus::p85Days))
                .filter(t -> t.p85Days().signum() > 0)
                .ifPresent(t -> found.add(new Bottleneck(
                        t.status(),
                        "longest_wait",
                        "85% of tasks left it within "
                                + t.p85Days().stripTrailingZeros().toPlainString() + " days (median "
                                + t.p50Days().stripTrailingZeros().toPlainString() + ")",
                        oldest(waiting, t.status(), null))));
        return found;
    }

    private static boolean isWaitingStatus(WorkflowStatus status) {
        return status != null
                && (status.category() == StatusCategory.in_progress || status.category() == StatusCategory.review);
    }

    private String projectLabel(UUID projectId, int projectsInScope) {
        if (projectsInScope <= 1) {
            return "";
        }
        return projectRepository
                .findByIdOptional(projectId)
                .map((Project p) -> " in " + p.key)
                .orElse("");
    }

    private static List<AgingTask> oldest(List<Waiting> waiting, String status, UUID projectId) {
        return waiting.stream()
                .filter(w -> w.status().equals(status))
                .filter(w -> projectId == null || Objects.equals(w.projectId(), projectId))
                .sorted(Comparator.comparing(Waiting::daysInStatus).reversed())
                .limit(AGING_SHOWN)
                .map(w -> new AgingTask(w.taskId(), w.projectId(), w.daysInStatus()))
                .collect(Collectors.toList());
    }
}
