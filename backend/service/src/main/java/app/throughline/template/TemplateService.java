package app.throughline.template;

import app.throughline.api.InvalidRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.bulk.BulkDtos.BulkDependency;
import app.throughline.bulk.BulkDtos.BulkRequest;
import app.throughline.bulk.BulkDtos.BulkResult;
import app.throughline.bulk.BulkDtos.BulkTask;
import app.throughline.bulk.BulkDtos.BulkTaskResult;
import app.throughline.bulk.BulkTaskImport;
import app.throughline.calendar.CalendarDefinition;
import app.throughline.calendar.CalendarService;
import app.throughline.milestone.MilestoneDtos.CreateMilestone;
import app.throughline.milestone.MilestoneService;
import app.throughline.procedure.ProcedureService;
import app.throughline.project.Project;
import app.throughline.project.ProjectDtos.CreateProject;
import app.throughline.project.ProjectDtos.ProjectView;
import app.throughline.project.ProjectRepository;
import app.throughline.project.ProjectService;
import app.throughline.project.ProjectStatus;
import app.throughline.risk.RiskDtos.CreateRisk;
import app.throughline.risk.RiskKind;
import app.throughline.risk.RiskService;
import app.throughline.risk.RiskStatus;
import app.throughline.schedule.ScheduleRecomputer;
import app.throughline.storedschedule.StoredSchedules;
import app.throughline.task.AssignmentService;
import app.throughline.task.TaskDtos.CreateAssignment;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.template.TemplateDtos.CreateTemplate;
import app.throughline.template.TemplateDtos.InstantiateTemplate;
import app.throughline.template.TemplateDtos.TemplateBody;
import app.throughline.template.TemplateDtos.TemplateDependency;
import app.throughline.template.TemplateDtos.TemplateMilestone;
import app.throughline.template.TemplateDtos.TemplateRisk;
import app.throughline.template.TemplateDtos.TemplateSummary;
import app.throughline.template.TemplateDtos.TemplateTask;
import app.throughline.template.TemplateDtos.TemplateView;
import app.throughline.template.TemplateRepository.TemplateRow;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Templates: a project saved for reuse, and new projects made from one, planned forwards from a start
 * date or backwards from a finish date. Everyone reads them; coordinators save, delete and instantiate.
 */
@ApplicationScoped
public class TemplateService {

    private final TemplateRepository templates;
    private final TenantGuard guard;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final ProjectService projects;
    private final ProjectRepository projectRows;
    private final BulkTaskImport bulk;
    private final ScheduleRecomputer schedules;
    private final StoredSchedules stored;
    private final MilestoneService milestones;
    private final RiskService risks;
    private final AssignmentService assignments;
    private final CalendarService calendars;
    private final ProcedureService procedures;

    TemplateService(
            TemplateRepository templates,
            TenantGuard guard,
            CurrentUser currentUser,
            ObjectMapper json,
            ProjectService projects,
            ProjectRepository projectRows,
            BulkTaskImport bulk,
            ScheduleRecomputer schedules,
            StoredSchedules stored,
            MilestoneService milestones,
            RiskService risks,
            AssignmentService assignments,
            CalendarService calendars,
            ProcedureService procedures) {
        this.templates = templates;
        this.guard = guard;
        this.currentUser = currentUser;
        this.json = json;
        this.projects = projects;
        this.projectRows = projectRows;
        this.bulk = bulk;
        this.schedules = schedules;
        this.stored = stored;
        this.milestones = milestones;
        this.risks = risks;
        this.assignments = assignments;
        this.calendars = calendars;
        this.procedures = procedures;
    }

    /** The workspace's templates, the built-in ones first (copied in the first time they are listed). */
    @Transactional
    public List<TemplateSummary> list(UUID workspaceId) {
        guard.require(workspaceId, Role.viewer);
        ensureBuiltIns(workspaceId);
        return templates.ofWorkspace(workspaceId).stream()
                .map(row -> {
                    TemplateBody body = read(row.body());
                    return new TemplateSummary(
                            row.id(),
                            row.workspaceId(),
                            row.name(),
                            row.description(),
                            row.builtinKey() != null,
                            body.tasks().size(),
                            body.milestones() == null ? 0 : body.milestones().size(),
                            row.createdAt());
                })
                .toList();
    }

    public TemplateView get(UUID id) {
        TemplateRow row = readable(id);
        return view(row);
    }

    @Transactional
    public TemplateView create(UUID workspaceId, CreateTemplate request) {
        guard.require(workspaceId, Role.coordinator);
        if ((request.fromProjectId() == null) == (request.body() == null)) {
            throw InvalidRequest.field("fromProjectId", "give either fromProjectId or body, not both or neither");
        }
        TemplateBody body;
        if (request.fromProjectId() != null) {
            Project project = projects.readable(request.fromProjectId());
            if (!project.workspaceId.equals(workspaceId)) {
                throw InvalidRequest.field("fromProjectId", "project " + project.id + " is not in this workspace");
            }
            body = fromProject(project);
        } else {
            body = request.body();
            TemplateRules.check(body);
        }
        TemplateRow row = new TemplateRow(
                UUID.randomUUID(),
                workspaceId,
                request.name().trim(),
                request.description(),
                null,
                write(body),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
        templates.insert(row, currentUser.id());
        return view(row);
    }

    @Transactional
    public void delete(UUID id) {
        TemplateRow row = readable(id);
        guard.require(row.workspaceId(), Role.coordinator);
        templates.delete(id);
    }

    /** A new project from the template; its finish lands on {@code finishDate} when that is given. */
    @Transactional
    public Versioned<ProjectView> instantiate(UUID id, InstantiateTemplate request) {
        TemplateRow row = readable(id);
        guard.require(row.workspaceId(), Role.coordinator);
        if ((request.startDate() == null) == (request.finishDate() == null)) {
            throw InvalidRequest.field("startDate", "give either startDate or finishDate, not both or neither");
        }
        TemplateBody body = read(row.body());
        UUID workspaceId = row.workspaceId();
        UUID workflowId = body.workflowId() != null && templates.workflowInWorkspace(workspaceId, body.workflowId())
                ? body.workflowId()
                : null;
        LocalDate start = request.startDate() != null ? request.startDate() : request.finishDate();
        UUID projectId = projects.create(
                        workspaceId,
                        new CreateProject(
                                request.key(),
                                request.name(),
                                row.description(),
                                null,
                                ProjectStatus.planned,
                                start,
                                null,
                                null,
                                null,
                                workflowId))
                .body()
                .id();
        Project project = projects.readable(projectId);
        BulkResult created = bulk.importInto(project, currentUser.id(), bulkRequest(body));
        Map<String, UUID> taskIds = new HashMap<>();
        for (BulkTaskResult task : created.tasks()) {
            taskIds.put(task.ref(), task.id());
        }
        schedules.recompute(projectId);
        CalendarDefinition calendar = calendar(project);
        if (request.finishDate() != null) {
            // planned backwards: lay the plan out, then move the start by the working days the finish
            // is off; a second round settles a finish that a non-working day pushed
            for (int round = 0; round < 3; round++) {
                LocalDate finish = stored.finishOf(projectId);
                if (finish == null || finish.equals(request.finishDate())) {
                    break;
                }
                int off = WorkingDays.between(calendar, request.finishDate(), finish);
                LocalDate moved = WorkingDays.add(calendar, project.startDate, -off);
                if (moved.equals(project.startDate)) {
                    break;
                }
                project.startDate = moved;
                project.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                projectRows.flush();
                schedules.recompute(projectId);
            }
        }
        assign(workspaceId, body, taskIds);
        List<UUID> milestoneIds = new ArrayList<>();
        for (TemplateMilestone m : nonNull(body.milestones())) {
            LocalDate due =
                    WorkingDays.add(calendar, WorkingDays.firstWorking(calendar, project.startDate), m.offsetDays());
            milestoneIds.add(milestones
                    .create(
                            projectId,
                            new CreateMilestone(
                                    m.name(),
                                    due,
                                    null,
                                    nonNull(m.gatingRefs()).stream()
                                            .map(taskIds::get)
                                            .toList(),
                                    m.committed()))
                    .body()
                    .id());
        }
        for (TemplateRisk r : nonNull(body.risks())) {
            risks.create(
                    projectId,
                    new CreateRisk(
                            RiskKind.risk,
                            r.title(),
                            r.description(),
                            r.probability(),
                            r.impact(),
                            null,
                            RiskStatus.open,
                            r.mitigation(),
                            null,
                            null,
                            null,
                            null,
                            null));
        }
        return projects.get(projectId);
    }

    private void assign(UUID workspaceId, TemplateBody body, Map<String, UUID> taskIds) {
        Map<UUID, UUID> firstOfTeam = new HashMap<>();
        for (TemplateTask task : body.tasks()) {
            if (task.teamId() == null) {
                continue;
            }
            UUID person = firstOfTeam.computeIfAbsent(
                    task.teamId(),
                    team -> templates.firstPersonOfTeam(workspaceId, team).orElse(null));
            if (person != null) {
                assignments.assign(
                        taskIds.get(task.ref()),
                        new CreateAssignment(person, task.units() == null ? BigDecimal.ONE : task.units()));
            }
        }
    }

    private CalendarDefinition calendar(Project project) {
        UUID calendarId =
                project.calendarId != null ? project.calendarId : calendars.defaultCalendarFor(project.workspaceId);
        return calendars.definition(project.workspaceId, calendarId).orElseThrow();
    }

    private static BulkRequest bulkRequest(TemplateBody body) {
        List<BulkTask> tasks = body.tasks().stream()
                .map(t -> new BulkTask(
                        t.ref(),
                        t.parentRef(),
                        null,
                        t.title(),
                        t.description(),
                        null,
                        t.priority(),
                        t.durationDays(),
                        null,
                        null,
                        null,
                        t.role() == null || t.role().isBlank()
                                ? null
                                : List.of("role:" + t.role().trim())))
                .toList();
        List<BulkDependency> links = nonNull(body.dependencies()).stream()
                .map(d -> new BulkDependency(
                        d.predecessorRef(),
                        d.successorRef(),
                        d.type(),
                        d.lagDays() == null ? BigDecimal.ZERO : d.lagDays()))
                .toList();
        return new BulkRequest(tasks, links);
    }

    /** What a project holds that repeats: its tasks by WBS, links, milestones as offsets, risks, teams. */
    private TemplateBody fromProject(Project project) {
        CalendarDefinition calendar = calendar(project);
        List<TemplateRepository.TaskRow> rows = templates.tasks(project.id);
        if (rows.isEmpty()) {
            throw InvalidRequest.field("fromProjectId", "the project has no tasks to make a template of");
        }
        Map<UUID, String> refs = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            refs.put(rows.get(i).id(), "t" + (i + 1));
        }
        Map<UUID, TemplateRepository.AssignmentRow> teams = new HashMap<>();
        templates.teamAssignments(project.id).forEach(a -> teams.put(a.taskId(), a));
        List<TemplateTask> tasks = rows.stream()
                .map(t -> {
                    TemplateRepository.AssignmentRow team = teams.get(t.id());
                    return new TemplateTask(
                            refs.get(t.id()),
                            t.parentId() == null ? null : refs.get(t.parentId()),
                            t.title(),
                            t.description(),
                            t.priority() == null ? null : Priority.valueOf(t.priority()),
                            t.durationDays(),
                            null,
                            team == null ? null : team.teamId(),
                            team == null ? null : team.units());
                })
                .toList();
        List<TemplateDependency> links = templates.links(project.id).stream()
                .map(l -> new TemplateDependency(
                        refs.get(l.predecessorId()),
                        refs.get(l.successorId()),
                        app.throughline.dependency.DependencyType.valueOf(l.type()),
                        l.lagDays()))
                .toList();
        Map<UUID, List<String>> gates = new HashMap<>();
        templates
                .gates(project.id)
                .forEach(g -> gates.computeIfAbsent(g.milestoneId(), k -> new ArrayList<>())
                        .add(refs.get(g.taskId())));
        LocalDate from = WorkingDays.firstWorking(calendar, project.startDate);
        List<TemplateMilestone> ms = templates.milestones(project.id).stream()
                .map(m -> new TemplateMilestone(
                        m.name(),
                        Math.max(0, WorkingDays.between(calendar, from, m.dueDate())),
                        gates.getOrDefault(m.id(), List.of()),
                        m.committed()))
                .toList();
        List<TemplateRisk> rs = templates.risks(project.id).stream()
                .map(r -> new TemplateRisk(r.title(), r.description(), r.probability(), r.impact(), r.mitigation()))
                .toList();
        return new TemplateBody(tasks, links, ms, rs, List.of(), project.workflowId);
    }

    private void ensureBuiltIns(UUID workspaceId) {
        Set<String> present = new HashSet<>(templates.builtinKeys(workspaceId));
        for (BuiltInTemplates.BuiltIn builtIn : BuiltInTemplates.ALL) {
            if (!present.contains(builtIn.key())) {
                templates.insert(
                        new TemplateRow(
                                UUID.randomUUID(),
                                workspaceId,
                                builtIn.name(),
                                builtIn.description(),
                                builtIn.key(),
                                write(builtIn.body()),
                                Instant.now().truncatedTo(ChronoUnit.MICROS)),
                        null);
            }
        }
    }

    private TemplateRow readable(UUID id) {
        TemplateRow row = templates.find(id).orElseThrow(() -> new ResourceNotFound("Template " + id + " not found"));
        guard.require(row.workspaceId(), Role.viewer);
        return row;
    }

    private TemplateView view(TemplateRow row) {
        TemplateBody body = read(row.body());
        return new TemplateView(
                row.id(),
                row.workspaceId(),
                row.name(),
                row.description(),
                row.builtinKey() != null,
                body,
                procedures.summaries(row.workspaceId(), nonNull(body.procedureIds())),
                row.createdAt());
    }

    private TemplateBody read(String text) {
        try {
            return json.readValue(text, TemplateBody.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored template body does not parse", e);
        }
    }

    private String write(TemplateBody body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
