package app.throughline.bulk;

import app.throughline.api.InvalidRequest;
import app.throughline.auth.CurrentUser;
import app.throughline.bulk.BulkDtos.BulkDependencyResult;
import app.throughline.bulk.BulkDtos.BulkRequest;
import app.throughline.bulk.BulkDtos.BulkResult;
import app.throughline.bulk.BulkDtos.BulkTask;
import app.throughline.bulk.BulkDtos.BulkTaskResult;
import app.throughline.bulk.BulkTaskWriter.Target;
import app.throughline.planning.PlanChanged;
import app.throughline.project.Project;
import app.throughline.project.ProjectRepository;
import app.throughline.project.ProjectService;
import app.throughline.task.TaskRepository;
import app.throughline.workflow.StatusMoves;
import app.throughline.workflow.StatusMoves.MovingTask;
import app.throughline.workflow.WorkflowDefinition;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import app.throughline.workflow.WorkflowService;
import app.throughline.workspace.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Creates thousands of tasks with hierarchy and dependencies in one all-or-nothing request: the
 * {@link BulkValidator} checks every item first (a bad one is a 422 naming it), then the
 * {@link BulkTaskWriter} inserts the rows and the project's schedule is recomputed.
 */
@ApplicationScoped
public class BulkTaskImport {

    private final ProjectService projects;
    private final ProjectRepository projectRepository;
    private final TaskRepository tasks;
    private final BulkTaskWriter writer;
    private final CurrentUser currentUser;
    private final Event<PlanChanged> planChanged;
    private final WorkflowService workflows;
    private final StatusMoves moves;

    BulkTaskImport(
            ProjectService projects,
            ProjectRepository projectRepository,
            TaskRepository tasks,
            BulkTaskWriter writer,
            CurrentUser currentUser,
            Event<PlanChanged> planChanged,
            WorkflowService workflows,
            StatusMoves moves) {
        this.projects = projects;
        this.projectRepository = projectRepository;
        this.tasks = tasks;
        this.writer = writer;
        this.currentUser = currentUser;
        this.planChanged = planChanged;
        this.workflows = workflows;
        this.moves = moves;
    }

    /** What {@code POST /projects/{id}/tasks:bulk} does for the signed-in coordinator. */
    @Transactional
    public BulkResult create(UUID projectId, BulkRequest request) {
        Project project = projects.writable(projectId, Role.coordinator);
        return importInto(project, currentUser.id(), request);
    }

    /**
     * The same import for a caller that has settled access itself and acts without a request, as the
     * demo seeding does at start-up; {@code actorId} null records the system as creator.
     */
    @Transactional
    public BulkResult importInto(Project project, UUID actorId, BulkRequest request) {
        BulkPlan plan = BulkValidator.validate(request);
        WorkflowDefinition workflow = workflows.definition(project.workflowId);
        requireKnownStatuses(workflow, plan.tasks());
        requireExistingParents(project.id, plan.tasks());
        List<BulkRow> rows = rows(project.id, plan);
        // parents before children, so each row's parent exists when it is inserted
        List<BulkRow> insertOrder = new ArrayList<>(rows);
        insertOrder.sort(Comparator.comparingInt(BulkRow::depth));
        UUID[] dependencyIds = new UUID[plan.links().length];
        Arrays.setAll(dependencyIds, i -> UUID.randomUUID());
        Target target = new Target(project.workspaceId, project.id, actorId, workflow);
        writer.write(target, insertOrder, plan, dependencyIds);
        for (BulkRow row : insertOrder) {
            WorkflowStatus status = workflow.status(target.statusOf(row.item())).orElseThrow();
            if (status.approval() != null) {
                moves.requestApproval(
                        new MovingTask(project.workspaceId, project.id, row.id(), status.key()), status, actorId);
            }
        }
        planChanged.fire(new PlanChanged(project.id));

        List<BulkTaskResult> taskResults = rows.stream()
                .map(r -> new BulkTaskResult(r.item().ref(), r.id(), project.key + "-" + r.number()))
                .toList();
        List<BulkDependencyResult> dependencyResults =
                Arrays.stream(dependencyIds).map(BulkDependencyResult::new).toList();
        return new BulkResult(taskResults, dependencyResults);
    }

    private static void requireKnownStatuses(WorkflowDefinition workflow, List<BulkTask> items) {
        for (int i = 0; i < items.size(); i++) {
            String status = items.get(i).status();
            if (status != null && workflow.status(status).isEmpty()) {
                throw InvalidRequest.field(
                        "tasks[" + i + "].status",
                        "\"" + status + "\" is not a status of the workflow " + workflow.name() + " ("
                                + String.join(", ", workflow.keys()) + ")");
            }
        }
    }

    private void requireExistingParents(UUID projectId, List<BulkTask> items) {
        Set<UUID> wanted = new HashSet<>();
        items.stream().map(BulkTask::parentId).filter(id -> id != null).forEach(wanted::add);
        Set<UUID> found = writer.existingTasks(projectId, wanted);
        for (int i = 0; i < items.size(); i++) {
            UUID parent = items.get(i).parentId();
            if (parent != null && !found.contains(parent)) {
                throw InvalidRequest.field(
                        "tasks[" + i + "].parentId", "task " + parent + " does not exist in this project");
            }
        }
    }

    /** Numbers the tasks after the project's last one and places each after its existing siblings. */
    private List<BulkRow> rows(UUID projectId, BulkPlan plan) {
        List<BulkTask> items = plan.tasks();
        UUID[] ids = plan.ids();
        int firstNumber = projectRepository.reserveTaskNumbers(projectId, items.size());
        Set<UUID> newIds = new HashSet<>(Arrays.asList(ids));
        Map<UUID, Integer> nextPositionOf = new HashMap<>();
        List<BulkRow> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BulkTask item = items.get(i);
            UUID parent = plan.parentIndex()[i] >= 0 ? ids[plan.parentIndex()[i]] : item.parentId();
            UUID slot = parent == null ? projectId : parent;
            int position = nextPositionOf.computeIfAbsent(
                    slot, s -> parent != null && newIds.contains(parent) ? 0 : tasks.nextPosition(projectId, parent));
            nextPositionOf.put(slot, position + 1);
            rows.add(new BulkRow(item, ids[i], firstNumber + i, parent, position, plan.depth()[i]));
        }
        return rows;
    }
}
