package app.throughline.workflow;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Problem.FieldError;
import app.throughline.api.ResourceNotFound;
import app.throughline.api.Versioned;
import app.throughline.auth.CurrentUser;
import app.throughline.person.PersonRepository;
import app.throughline.planning.PlanChanged;
import app.throughline.workflow.WorkflowDtos.CreateWorkflow;
import app.throughline.workflow.WorkflowDtos.Transition;
import app.throughline.workflow.WorkflowDtos.WorkflowPatch;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import app.throughline.workflow.WorkflowDtos.WorkflowView;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import app.throughline.workspace.WorkspaceService.WorkspaceCreated;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Workflows: viewers read them, coordinators shape them. Every workspace gets the standard
 * workflow (today's six statuses) as its default when it is created.
 */
@ApplicationScoped
public class WorkflowService {

    static final String ENTITY = "workflow";
    public static final String STANDARD_NAME = "Standard";
    private static final TypeReference<List<WorkflowStatus>> STATUSES = new TypeReference<>() {};
    private static final TypeReference<List<Transition>> TRANSITIONS = new TypeReference<>() {};

    private final WorkflowRepository workflows;
    private final PersonRepository people;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Event<PlanChanged> planChanged;

    WorkflowService(
            WorkflowRepository workflows,
            PersonRepository people,
            TenantGuard guard,
            ActivityLog activity,
            CurrentUser currentUser,
            ObjectMapper json,
            Event<PlanChanged> planChanged) {
        this.workflows = workflows;
        this.people = people;
        this.guard = guard;
        this.activity = activity;
        this.currentUser = currentUser;
        this.json = json;
        this.planChanged = planChanged;
    }

    // --- for other features --------------------------------------------------------------------

    public UUID defaultWorkflowFor(UUID workspaceId) {
        return workflows
                .findDefault(workspaceId)
                .orElseThrow(() -> new IllegalStateException("Workspace " + workspaceId + " has no default workflow"))
                .id;
    }

    /** The workflow if it belongs to the workspace, else 404 naming the request field that referred to it. */
    public WorkflowDefinition requireInWorkspace(UUID workspaceId, UUID workflowId, String field) {
        return workflows
                .findInWorkspace(workspaceId, workflowId)
                .map(this::definition)
                .orElseThrow(() ->
                        new ResourceNotFound(field + ": Workflow " + workflowId + " does not exist in this workspace"));
    }

    public WorkflowDefinition definition(UUID workflowId) {
        return definition(workflows
                .findByIdOptional(workflowId)
                .orElseThrow(() -> new IllegalStateException("Workflow " + workflowId + " does not exist")));
    }

    public WorkflowDefinition definition(Workflow workflow) {
        return new WorkflowDefinition(workflow.id, workflow.name, statuses(workflow), transitions(workflow));
    }

    /**
     * Puts a project's tasks onto another workflow: each status maps to the same key there, else
     * to the first status of its category (each move recorded).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveProject(UUID projectId, WorkflowDefinition from, WorkflowDefinition to) {
        boolean moved = false;
        for (Map.Entry<String, String> step : from.mappingOnto(to).entrySet()) {
            if (!step.getKey().equals(step.getValue())) {
                StatusCategory category =
                        to.status(step.getValue()).orElseThrow().category();
                moved |= workflows.moveTasks(
                                projectId,
                                step.getKey(),
                                step.getValue(),
                                category.name(),
                                currentUser.idIfAuthenticated().orElse(null),
                                "Workflow changed to " + to.name())
                        > 0;
            }
        }
        // keys kept may still change category between the workflows
        workflows.recategoriseProject(projectId, categories(to));
        if (moved) {
            planChanged.fire(new PlanChanged(projectId));
        }
    }

    // --- the API -------------------------------------------------------------------------------

    public Page<WorkflowView> list(UUID workspaceId, PageRequest page) {
        guard.require(workspaceId, Role.viewer);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Workflow> rows = workflows.page(workspaceId, after, page.limit + 1);
        return Page.from(rows, page.limit, this::view, w -> Cursor.of(w.name, w.id));
    }

    public Versioned<WorkflowView> get(UUID id) {
        return versioned(guard.readable(workflows.findByIdOptional(id), "Workflow", id));
    }

    @Transactional
    public Versioned<WorkflowView> create(UUID workspaceId, CreateWorkflow request) {
        guard.require(workspaceId, Role.coordinator);
        return versioned(create(workspaceId, request, false));
    }

    /** Creates a workflow without a permission check (the default workflow, demo seeding). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workflow create(UUID workspaceId, CreateWorkflow request, boolean isDefault) {
        List<WorkflowStatus> statuses = WorkflowRules.normalise(request.statuses());
        List<Transition> transitions = WorkflowRules.normaliseTransitions(request.transitions());
        WorkflowRules.check(statuses, transitions);
        requireApproversInWorkspace(workspaceId, statuses);
        String name = request.name().trim();
        requireUniqueName(workspaceId, name, null);
        Workflow workflow = new Workflow();
        workflow.id = UUID.randomUUID();
        workflow.workspaceId = workspaceId;
        workflow.name = name;
        workflow.isDefault = isDefault;
        workflow.statuses = write(statuses);
        workflow.transitions = write(transitions);
        workflow.createdAt = now();
        workflow.updatedAt = workflow.createdAt;
        workflows.persist(workflow);
        activity.record(
                workspaceId,
                null,
                ENTITY,
                workflow.id,
                ActivityLog.Action.created,
                new Changes()
                        .snapshot("name", name, true)
                        .snapshot("isDefault", isDefault, true)
                        .snapshot("statuses", statuses, true)
                        .snapshot("transitions", transitions, true));
        return workflow;
    }

    @Transactional
    public Versioned<WorkflowView> update(UUID id, WorkflowPatch patch, String ifMatch) {
        Workflow workflow = guard.accessible(workflows.findByIdOptional(id), "Workflow", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, workflow.version);
        Changes changes = new Changes();
        List<WorkflowStatus> oldStatuses = statuses(workflow);
        List<WorkflowStatus> newStatuses =
                patch.statuses() == null ? oldStatuses : WorkflowRules.normalise(patch.statuses());
        List<Transition> newTransitions = patch.transitions() == null
                ? transitions(workflow)
                : WorkflowRules.normaliseTransitions(patch.transitions());
        WorkflowRules.check(newStatuses, newTransitions);
        requireApproversInWorkspace(workflow.workspaceId, newStatuses);
        if (patch.name() != null) {
            String name = patch.name().trim();
            if (!name.equalsIgnoreCase(workflow.name)) {
                requireUniqueName(workflow.workspaceId, name, workflow.id);
            }
            workflow.name = changes.set("name", workflow.name, name);
        }
        if (Boolean.FALSE.equals(patch.isDefault()) && workflow.isDefault) {
            throw InvalidRequest.field("isDefault", "make another workflow the default instead");
        }
        Map<String, String> reassign = patch.reassign() == null ? Map.of() : patch.reassign();
        Set<String> newKeys = newStatuses.stream().map(WorkflowStatus::key).collect(Collectors.toSet());
        List<String> removed = oldStatuses.stream()
                .map(WorkflowStatus::key)
                .filter(k -> !newKeys.contains(k))
                .toList();
        checkReassign(workflow, removed, reassign, newKeys);
        if (patch.isDefault() != null && patch.isDefault() && !workflow.isDefault) {
            workflows.findDefault(workflow.workspaceId).ifPresent(previous -> {
                previous.isDefault = false;
                workflows.flush();
            });
            workflow.isDefault = changes.set("isDefault", false, true);
        }
        if (patch.statuses() != null) {
            changes.set("statuses", oldStatuses, newStatuses);
            workflow.statuses = write(newStatuses);
        }
        if (patch.transitions() != null) {
            changes.set("transitions", transitions(workflow), newTransitions);
            workflow.transitions = write(newTransitions);
        }
        if (!changes.isEmpty()) {
            workflow.updatedAt = now();
            activity.record(workflow.workspaceId, null, ENTITY, workflow.id, ActivityLog.Action.updated, changes);
            workflows.flush();
            applyToTasks(workflow, removed, reassign, newStatuses);
        }
        return versioned(workflow);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Workflow workflow = guard.accessible(workflows.findByIdOptional(id), "Workflow", id, Role.coordinator);
        Etags.requireCurrent(ifMatch, workflow.version);
        if (workflow.isDefault) {
            throw new Conflict(
                    "The default workflow of a workspace cannot be deleted; make another one the default first");
        }
        long projects = workflows.projectsUsing(workflow.id);
        if (projects > 0) {
            throw new Conflict("The workflow \"" + workflow.name + "\" is used by " + projects
                            + (projects == 1 ? " project" : " projects") + "; give them another workflow first")
                    .with("projectCount", projects);
        }
        activity.record(
                workflow.workspaceId,
                null,
                ENTITY,
                workflow.id,
                ActivityLog.Action.deleted,
                new Changes().snapshot("name", workflow.name, false).snapshot("statuses", statuses(workflow), false));
        workflows.delete(workflow);
    }

    /** Gives every new workspace the standard workflow as its default, inside the creating transaction. */
    void onWorkspaceCreated(@Observes WorkspaceCreated event) {
        create(event.workspaceId(), new CreateWorkflow(STANDARD_NAME, WorkflowRules.STANDARD, List.of()), true);
    }

    // --- helpers -------------------------------------------------------------------------------

    private void checkReassign(
            Workflow workflow, List<String> removed, Map<String, String> reassign, Set<String> newKeys) {
        List<FieldError> errors = new ArrayList<>();
        reassign.forEach((from, to) -> {
            if (!removed.contains(from)) {
                errors.add(new FieldError("reassign." + from, "is not a status this change removes"));
            } else if (!newKeys.contains(to)) {
                errors.add(
                        new FieldError("reassign." + from, "\"" + to + "\" is not a status of the changed workflow"));
            }
        });
        if (!errors.isEmpty()) {
            throw InvalidRequest.validation(errors);
        }
        List<String> unassigned =
                removed.stream().filter(k -> !reassign.containsKey(k)).toList();
        long inUse = workflows.tasksIn(workflow.id, unassigned);
        if (inUse > 0) {
            throw new Conflict("Tasks use the removed " + (unassigned.size() == 1 ? "status " : "statuses ")
                            + String.join(", ", unassigned) + " (" + inUse + (inUse == 1 ? " task" : " tasks")
                            + "); name the status they move to in reassign")
                    .with("taskCount", inUse)
                    .with("statuses", unassigned);
        }
    }

    private void applyToTasks(
            Workflow workflow, List<String> removed, Map<String, String> reassign, List<WorkflowStatus> statuses) {
        Map<String, StatusCategory> categories = categories(statuses);
        List<UUID> projects = workflows.projectIdsUsing(workflow.id);
        int touched = 0;
        for (UUID projectId : projects) {
            for (String from : removed) {
                String to = reassign.get(from);
                if (to != null) {
                    touched += workflows.moveTasks(
                            projectId,
                            from,
                            to,
                            categories.get(to).name(),
                            currentUser.idIfAuthenticated().orElse(null),
                            "Status " + from + " removed from the workflow");
                }
            }
        }
        touched += workflows.recategorise(workflow.id, categories);
        if (touched > 0) {
            projects.forEach(p -> planChanged.fire(new PlanChanged(p)));
        }
    }

    private static Map<String, StatusCategory> categories(WorkflowDefinition definition) {
        return categories(definition.statuses());
    }

    private static Map<String, StatusCategory> categories(List<WorkflowStatus> statuses) {
        Map<String, StatusCategory> categories = new LinkedHashMap<>();
        statuses.forEach(s -> categories.put(s.key(), s.category()));
        return categories;
    }

    private void requireApproversInWorkspace(UUID workspaceId, List<WorkflowStatus> statuses) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            UUID procedureId = statuses.get(i).procedureId();
            if (procedureId != null && !workflows.procedureExists(workspaceId, procedureId)) {
                errors.add(new FieldError(
                        "statuses[" + i + "].procedureId",
                        "procedure " + procedureId + " does not exist in this workspace"));
            }
            var approval = statuses.get(i).approval();
            if (approval == null) {
                continue;
            }
            for (UUID personId : approval.approverPersonIds()) {
                if (people.findInWorkspace(workspaceId, personId).isEmpty()) {
                    errors.add(new FieldError(
                            "statuses[" + i + "].approval.approverPersonIds",
                            "person " + personId + " does not exist in this workspace"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequest.validation(errors);
        }
    }

    private void requireUniqueName(UUID workspaceId, String name, UUID exceptId) {
        if (workflows.nameTaken(workspaceId, name, exceptId)) {
            throw new Conflict("A workflow named \"" + name + "\" exists already in this workspace");
        }
    }

    private Versioned<WorkflowView> versioned(Workflow workflow) {
        return new Versioned<>(view(workflow), workflow.version);
    }

    private WorkflowView view(Workflow workflow) {
        return new WorkflowView(
                workflow.id,
                workflow.workspaceId,
                workflow.name,
                workflow.isDefault,
                statuses(workflow),
                transitions(workflow),
                workflows.projectsUsing(workflow.id),
                workflow.createdAt,
                workflow.updatedAt,
                workflow.version);
    }

    List<WorkflowStatus> statuses(Workflow workflow) {
        return read(workflow.statuses, STATUSES, workflow);
    }

    List<Transition> transitions(Workflow workflow) {
        return read(workflow.transitions, TRANSITIONS, workflow);
    }

    private <T> T read(String value, TypeReference<T> type, Workflow workflow) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored workflow " + workflow.id + " is not readable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
