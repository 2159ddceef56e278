package app.throughline.project;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.planning.PlanChanged;
import app.throughline.planning.References;
import app.throughline.project.ProjectDtos.CreateProject;
import app.throughline.project.ProjectDtos.ProjectPatch;
import app.throughline.project.ProjectDtos.ProjectView;
import app.throughline.storedschedule.StoredSchedules;
import app.throughline.workflow.WorkflowDefinition;
import app.throughline.workflow.WorkflowService;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Projects: creation, listing, changes and deletion with everything in them. */
@ApplicationScoped
public class ProjectService {

    /** Changes to these move the schedule or its health. */
    private static final java.util.Set<String> SCHEDULE_FIELDS =
            java.util.Set.of("startDate", "calendarId", "statusDate", "targetFinishDate");

    private static final int STATUS_DATE_YEARS_PAST_FINISH = 10;

    private final ProjectRepository projects;
    private final TenantGuard guard;
    private final References references;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final Event<ProjectDeleting> deleting;
    private final Event<PlanChanged> planChanged;
    private final StoredSchedules schedules;
    private final WorkflowService workflows;

    ProjectService(
            ProjectRepository projects,
            TenantGuard guard,
            References references,
            ActivityLog activity,
            CurrentUser currentUser,
            Event<ProjectDeleting> deleting,
            Event<PlanChanged> planChanged,
            StoredSchedules schedules,
            WorkflowService workflows) {
        this.projects = projects;
        this.guard = guard;
        this.references = references;
        this.activity = activity;
        this.currentUser = currentUser;
        this.deleting = deleting;
        this.planChanged = planChanged;
        this.schedules = schedules;
        this.workflows = workflows;
    }

    /** A project the caller may read (404 otherwise). */
    public Project readable(UUID id) {
        return guard.readable(projects.findByIdOptional(id), "Project", id);
    }

    /** A project the caller may change with {@code role} (404 if invisible, 403 if too weak). */
    public Project writable(UUID id, Role role) {
        return guard.accessible(projects.findByIdOptional(id), "Project", id, role);
    }

    @Transactional
    public Versioned<ProjectView> create(UUID workspaceId, CreateProject request) {
        guard.require(workspaceId, Role.coordinator);
        references.requirePerson(workspaceId, request.ownerId(), "ownerId");
        references.requireCalendar(workspaceId, request.calendarId(), "calendarId");
        requireDatesInOrder(request.startDate(), request.targetFinishDate());
        requireStatusDateInRange(request.statusDate(), request.startDate(), request.targetFinishDate(), null);
        if (projects.findByKey(workspaceId, request.key()).isPresent()) {
            throw new Conflict("The key " + request.key() + " is taken by another project of this workspace");
        }
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.workspaceId = workspaceId;
        project.key = request.key();
        project.name = request.name().trim();
        project.description = request.description();
        project.ownerId = request.ownerId();
        project.status = request.status() == null ? ProjectStatus.planned : request.status();
        project.startDate = request.startDate();
        project.targetFinishDate = request.targetFinishDate();
        project.calendarId = request.calendarId();
        project.statusDate = request.statusDate();
        project.workflowId = request.workflowId() == null
                ? workflows.defaultWorkflowFor(workspaceId)
                : workflows
                        .requireInWorkspace(workspaceId, request.workflowId(), "workflowId")
                        .id();
        project.createdBy = currentUser.id();
        project.createdAt = now();
        project.updatedAt = project.createdAt;
        projects.persist(project);
        activity.record(workspaceId, project.id, "project", project.id, Action.created, snapshot(project, true));
        planChanged.fire(new PlanChanged(project.id));
        return new Versioned<>(view(project), project.version);
    }

    public Page<ProjectView> list(UUID workspaceId, ProjectStatus status, String q, UUID ownerId, PageRequest page) {
        guard.require(workspaceId, Role.viewer);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 1);
        List<Project> rows = projects.page(workspaceId, status, q, ownerId, after, page.limit + 1);
        Map<UUID, String> health =
                schedules.healthOf(rows.stream().map(p -> p.id).toList());
        return Page.from(rows, page.limit, p -> ProjectView.of(p, health.get(p.id)), p -> Cursor.of(p.key));
    }

    public Versioned<ProjectView> get(UUID id) {
        Project project = readable(id);
        return new Versioned<>(view(project), project.version);
    }

    @Transactional
    public Versioned<ProjectView> update(UUID id, ProjectPatch patch, String ifMatch) {
        Project project = writable(id, Role.coordinator);
        Etags.requireCurrent(ifMatch, project.version);
        // everything is checked before the entity changes: a lookup flushes the session, and a
        // half-applied invalid patch must never reach the database
        requireDatesInOrder(
                patch.startDate() != null ? patch.startDate() : project.startDate,
                patch.targetFinishDate() != null ? patch.targetFinishDate().orElse(null) : project.targetFinishDate);
        if (patch.statusDate() != null || patch.startDate() != null || patch.targetFinishDate() != null) {
            requireStatusDateInRange(
                    patch.statusDate() != null ? patch.statusDate().orElse(null) : project.statusDate,
                    patch.startDate() != null ? patch.startDate() : project.startDate,
                    patch.targetFinishDate() != null ? patch.targetFinishDate().orElse(null) : project.targetFinishDate,
                    schedules.finishOf(project.id));
        }
        if (patch.ownerId() != null) {
            references.requirePerson(project.workspaceId, patch.ownerId().orElse(null), "ownerId");
        }
        if (patch.calendarId() != null) {
            references.requireCalendar(project.workspaceId, patch.calendarId().orElse(null), "calendarId");
        }
        WorkflowDefinition newWorkflow =
                patch.workflowId() == null || patch.workflowId().equals(project.workflowId)
                        ? null
                        : workflows.requireInWorkspace(project.workspaceId, patch.workflowId(), "workflowId");
        Changes changes = new Changes();
        if (patch.key() != null && !patch.key().equals(project.key)) {
            if (projects.findByKey(project.workspaceId, patch.key()).isPresent()) {
                throw new Conflict("The key " + patch.key() + " is taken by another project of this workspace");
            }
            project.key = changes.set("key", project.key, patch.key());
        }
        if (patch.name() != null) {
            project.name = changes.set("name", project.name, patch.name().trim());
        }
        if (patch.description() != null) {
            project.description = changes.set(
                    "description", project.description, patch.description().orElse(null));
        }
        if (patch.ownerId() != null) {
            project.ownerId =
                    changes.set("ownerId", project.ownerId, patch.ownerId().orElse(null));
        }
        if (patch.status() != null) {
            project.status = changes.set("status", project.status, patch.status());
        }
        if (patch.startDate() != null) {
            project.startDate = changes.set("startDate", project.startDate, patch.startDate());
        }
        if (patch.targetFinishDate() != null) {
            project.targetFinishDate = changes.set(
                    "targetFinishDate",
                    project.targetFinishDate,
                    patch.targetFinishDate().orElse(null));
        }
        if (patch.calendarId() != null) {
            project.calendarId = changes.set(
                    "calendarId", project.calendarId, patch.calendarId().orElse(null));
        }
        if (patch.statusDate() != null) {
            project.statusDate = changes.set(
                    "statusDate", project.statusDate, patch.statusDate().orElse(null));
        }
        requireDatesInOrder(project.startDate, project.targetFinishDate);
        if (newWorkflow != null) {
            WorkflowDefinition oldWorkflow = workflows.definition(project.workflowId);
            project.workflowId = changes.set("workflowId", project.workflowId, newWorkflow.id());
            projects.flush();
            workflows.moveProject(project.id, oldWorkflow, newWorkflow);
        }
        if (!changes.isEmpty()) {
            project.updatedAt = now();
            activity.record(project.workspaceId, project.id, "project", project.id, Action.updated, changes);
            projects.flush();
            if (changes.fields().keySet().stream().anyMatch(SCHEDULE_FIELDS::contains)) {
                planChanged.fire(new PlanChanged(project.id));
            }
        }
        return new Versioned<>(view(project), project.version);
    }

    /** Deletes the project with its tasks, dependencies (also those crossing into other projects) and milestones. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Project project = writable(id, Role.coordinator);
        Etags.requireCurrent(ifMatch, project.version);
        activity.record(
                project.workspaceId, project.id, "project", project.id, Action.deleted, snapshot(project, false));
        deleting.fire(new ProjectDeleting(project.workspaceId, project.id));
        // the removal of its tasks works in SQL and clears the session, so delete by id
        projects.deleteById(id);
    }

    private ProjectView view(Project project) {
        return ProjectView.of(project, schedules.healthOf(List.of(project.id)).get(project.id));
    }

    private static void requireDatesInOrder(LocalDate start, LocalDate targetFinish) {
        if (start != null && targetFinish != null && targetFinish.isBefore(start)) {
            throw InvalidRequest.field("targetFinishDate", "must not be before startDate (" + start + ")");
        }
    }

    /**
     * A fixed status date says "as of": it cannot lie before the project starts, nor absurdly far
     * past its finish (the later of the target and the scheduled finish, + 10 years).
     */
    private static void requireStatusDateInRange(
            LocalDate statusDate, LocalDate start, LocalDate targetFinish, LocalDate scheduledFinish) {
        if (statusDate == null || start == null) {
            return;
        }
        if (statusDate.isBefore(start)) {
            throw InvalidRequest.field("statusDate", "must not be before startDate (" + start + ")");
        }
        LocalDate finish = start;
        if (targetFinish != null && targetFinish.isAfter(finish)) {
            finish = targetFinish;
        }
        if (scheduledFinish != null && scheduledFinish.isAfter(finish)) {
            finish = scheduledFinish;
        }
        LocalDate latest = finish.plusYears(STATUS_DATE_YEARS_PAST_FINISH);
        if (statusDate.isAfter(latest)) {
            throw InvalidRequest.field(
                    "statusDate",
                    "must not be more than " + STATUS_DATE_YEARS_PAST_FINISH + " years after the project finish ("
                            + finish + ")");
        }
    }

    private static Changes snapshot(Project p, boolean created) {
        return new Changes()
                .snapshot("key", p.key, created)
                .snapshot("name", p.name, created)
                .snapshot("description", p.description, created)
                .snapshot("ownerId", p.ownerId, created)
                .snapshot("status", p.status, created)
                .snapshot("startDate", p.startDate, created)
                .snapshot("targetFinishDate", p.targetFinishDate, created)
                .snapshot("calendarId", p.calendarId, created)
                .snapshot("workflowId", p.workflowId, created)
                .snapshot("statusDate", p.statusDate, created);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Fired inside the deleting transaction before the project row goes, so features can log what they lose. */
    public record ProjectDeleting(UUID workspaceId, UUID projectId) {}
}
