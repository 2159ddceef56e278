package app.throughline.task;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.api.InvalidRequest;
import app.throughline.auth.CurrentUser;
import app.throughline.dependency.CycleDetected;
import app.throughline.dependency.DependencyType;
import app.throughline.planning.PlanChanged;
import app.throughline.project.Project;
import app.throughline.project.ProjectRepository;
import app.throughline.project.ProjectService;
import app.throughline.task.TaskDtos.BulkDependency;
import app.throughline.task.TaskDtos.BulkDependencyResult;
import app.throughline.task.TaskDtos.BulkRequest;
import app.throughline.task.TaskDtos.BulkResult;
import app.throughline.task.TaskDtos.BulkTask;
import app.throughline.task.TaskDtos.BulkTaskResult;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.task.TaskEnums.TaskStatus;
import app.throughline.workspace.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Creates thousands of tasks with hierarchy and dependencies in one all-or-nothing request: every
 * item is checked first (a bad one is a 422 naming it), then rows go in with JDBC batches.
 */
@ApplicationScoped
public class BulkTaskImport {

    private static final int BATCH = 1000;

    private final ProjectService projects;
    private final ProjectRepository projectRepository;
    private final TaskRepository tasks;
    private final EntityManager entityManager;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final Event<PlanChanged> planChanged;

    BulkTaskImport(ProjectService projects, ProjectRepository projectRepository, TaskRepository tasks, EntityManager entityManager,
            ActivityLog activity, CurrentUser currentUser, Event<PlanChanged> planChanged) {
        this.projects = projects;
        this.projectRepository = projectRepository;
        this.tasks = tasks;
        this.entityManager = entityManager;
        this.activity = activity;
        this.currentUser = currentUser;
        this.planChanged = planChanged;
    }

    private record Planned(BulkTask item, UUID id, int number, UUID parentId, int position, int depth) {}

    @Transactional
    public BulkResult create(UUID projectId, BulkRequest request) {
        Project project = projects.writable(projectId, Role.coordinator);
        List<BulkTask> items = request.tasks();
        List<BulkDependency> links = request.dependencies() == null ? List.of() : request.dependencies();
        Map<String, Integer> byRef = indexRefs(items);
        int[] parentIndex = resolveParents(items, byRef, project.id);
        int[] depth = depths(parentIndex);
        int[][] linkIndexes = resolveLinks(links, byRef, parentIndex);

        UUID[] ids = new UUID[items.size()];
        Arrays.setAll(ids, i -> UUID.randomUUID());
        RefGraph graph = new RefGraph(items.size());
        for (int[] link : linkIndexes) {
            graph.add(link[0], link[1]);
        }
        int[] cycle = graph.findCycle();
        if (cycle.length > 0) {
            throw new CycleDetected(Arrays.stream(cycle).mapToObj(i -> ids[i]).toList(),
                    "The dependencies close a cycle through the tasks " + String.join(" → ", Arrays.stream(cycle).mapToObj(i -> items.get(i).ref()).toList()))
                    .with("cycleRefs", Arrays.stream(cycle).mapToObj(i -> items.get(i).ref()).toList());
        }

        int firstNumber = projectRepository.reserveTaskNumbers(project.id, items.size());
        Map<UUID, Integer> nextPositionOf = new HashMap<>();
        Set<UUID> newIds = new HashSet<>(Arrays.asList(ids));
        List<Planned> planned = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BulkTask item = items.get(i);
            UUID parent = parentIndex[i] >= 0 ? ids[parentIndex[i]] : item.parentId();
            UUID slot = parent == null ? project.id : parent;
            int position = nextPositionOf.computeIfAbsent(slot, s -> existingNextPosition(project.id, parent, newIds));
            nextPositionOf.put(slot, position + 1);
            planned.add(new Planned(item, ids[i], firstNumber + i, parent, position, depth[i]));
        }
        // parents before children, so each row's parent exists when it is inserted
        List<Planned> insertOrder = new ArrayList<>(planned);
        insertOrder.sort((a, b) -> Integer.compare(a.depth(), b.depth()));
        UUID[] dependencyIds = new UUID[linkIndexes.length];
        Arrays.setAll(dependencyIds, i -> UUID.randomUUID());
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            insertTasks(connection, project, insertOrder);
            insertDependencies(connection, project, links, linkIndexes, ids, dependencyIds);
            logCreations(connection, project, insertOrder, links, linkIndexes, ids, dependencyIds);
        });
        planChanged.fire(new PlanChanged(project.id));

        List<BulkTaskResult> taskResults = planned.stream()
                .map(p -> new BulkTaskResult(p.item().ref(), p.id(), project.key + "-" + p.number())).toList();
        List<BulkDependencyResult> dependencyResults = Arrays.stream(dependencyIds).map(BulkDependencyResult::new).toList();
        return new BulkResult(taskResults, dependencyResults);
    }

    private int existingNextPosition(UUID projectId, UUID parent, Set<UUID> newIds) {
        if (parent != null && newIds.contains(parent)) {
            return 0;
        }
        return tasks.nextPosition(projectId, parent);
    }

    private static Map<String, Integer> indexRefs(List<BulkTask> items) {
        Map<String, Integer> byRef = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkTask item = items.get(i);
            if (byRef.putIfAbsent(item.ref(), i) != null) {
                throw InvalidRequest.field("tasks[" + i + "].ref", "'" + item.ref() + "' is used by an earlier task of this request");
            }
            ConstraintType type = item.constraintType() == null ? ConstraintType.asap : item.constraintType();
            if (type.needsDate() && item.constraintDate() == null) {
                throw InvalidRequest.field("tasks[" + i + "].constraintDate", "is required for the constraint " + type);
            }
            if (!type.needsDate() && item.constraintDate() != null) {
                throw InvalidRequest.field("tasks[" + i + "].constraintDate", "must be empty for the constraint " + type);
            }
        }
        return byRef;
    }

    private int[] resolveParents(List<BulkTask> items, Map<String, Integer> byRef, UUID projectId) {
        int[] parentIndex = new int[items.size()];
        Set<UUID> existingParents = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            BulkTask item = items.get(i);
            parentIndex[i] = -1;
            if (item.parentRef() != null && item.parentId() != null) {
                throw InvalidRequest.field("tasks[" + i + "].parentRef", "give either parentRef or parentId, not both");
            }
            if (item.parentRef() != null) {
                Integer parent = byRef.get(item.parentRef());
                if (parent == null) {
                    throw InvalidRequest.field("tasks[" + i + "].parentRef", "'" + item.parentRef() + "' is not the ref of a task in this request");
                }
                if (parent == i) {
                    throw InvalidRequest.field("tasks[" + i + "].parentRef", "a task cannot be its own parent");
                }
                parentIndex[i] = parent;
            } else if (item.parentId() != null) {
                existingParents.add(item.parentId());
            }
        }
        if (!existingParents.isEmpty()) {
            Set<UUID> found = new HashSet<>(entityManager
                    .createQuery("select t.id from Task t where t.projectId = :p and t.id in :ids", UUID.class)
                    .setParameter("p", projectId).setParameter("ids", existingParents).getResultList());
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).parentId() != null && !found.contains(items.get(i).parentId())) {
                    throw InvalidRequest.field("tasks[" + i + "].parentId", "task " + items.get(i).parentId() + " does not exist in this project");
                }
            }
        }
        return parentIndex;
    }

    /** Depth of each task in the request's own hierarchy; a loop of parentRefs is a 422 naming one of its items. */
    private static int[] depths(int[] parentIndex) {
        int[] depth = new int[parentIndex.length];
        Arrays.fill(depth, -1);
        for (int i = 0; i < parentIndex.length; i++) {
            List<Integer> chain = new ArrayList<>();
            int node = i;
            while (node >= 0 && depth[node] < 0) {
                if (chain.size() > parentIndex.length) {
                    throw InvalidRequest.field("tasks[" + i + "].parentRef", "the parentRefs form a loop");
                }
                chain.add(node);
                node = parentIndex[node];
            }
            int base = node < 0 ? -1 : depth[node];
            for (int k = chain.size() - 1; k >= 0; k--) {
                depth[chain.get(k)] = ++base;
            }
        }
        return depth;
    }

    private static int[][] resolveLinks(List<BulkDependency> links, Map<String, Integer> byRef, int[] parentIndex) {
        int[][] resolved = new int[links.size()][];
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            BulkDependency link = links.get(i);
            Integer from = byRef.get(link.predecessorRef());
            Integer to = byRef.get(link.successorRef());
            if (from == null) {
                throw InvalidRequest.field("dependencies[" + i + "].predecessorRef", "'" + link.predecessorRef() + "' is not the ref of a task in this request");
            }
            if (to == null) {
                throw InvalidRequest.field("dependencies[" + i + "].successorRef", "'" + link.successorRef() + "' is not the ref of a task in this request");
            }
            if (from.equals(to)) {
                throw InvalidRequest.field("dependencies[" + i + "].successorRef", "a task cannot depend on itself");
            }
            if (isAncestor(parentIndex, from, to) || isAncestor(parentIndex, to, from)) {
                throw InvalidRequest.field("dependencies[" + i + "].successorRef", "a task cannot depend on its own summary task or subtask");
            }
            if (!seen.add(((long) from << 32) | to)) {
                throw InvalidRequest.field("dependencies[" + i + "]", "links " + link.predecessorRef() + " and " + link.successorRef() + " a second time");
            }
            resolved[i] = new int[] {from, to};
        }
        return resolved;
    }

    private static boolean isAncestor(int[] parentIndex, int ancestor, int node) {
        for (int p = parentIndex[node]; p >= 0; p = parentIndex[p]) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void insertTasks(Connection connection, Project project, List<Planned> rows) throws SQLException {
        String sql = """
                INSERT INTO tasks (id, workspace_id, project_id, parent_id, number, position, title, description, status, priority,
                    duration_days, constraint_type, constraint_date, deadline, percent_complete, tags, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, now(), now())
                """;
        UUID actor = currentUser.id();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Planned row : rows) {
                BulkTask item = row.item();
                insert.setObject(1, row.id());
                insert.setObject(2, project.workspaceId);
                insert.setObject(3, project.id);
                insert.setObject(4, row.parentId());
                insert.setInt(5, row.number());
                insert.setInt(6, row.position());
                insert.setString(7, item.title().trim());
                insert.setString(8, item.description());
                insert.setString(9, (item.status() == null ? TaskStatus.todo : item.status()).name());
                insert.setString(10, (item.priority() == null ? Priority.medium : item.priority()).name());
                insert.setBigDecimal(11, item.durationDays());
                insert.setString(12, (item.constraintType() == null ? ConstraintType.asap : item.constraintType()).name());
                setDate(insert, 13, item.constraintDate());
                setDate(insert, 14, item.deadline());
                insert.setArray(15, connection.createArrayOf("varchar",
                        item.tags() == null ? new String[0] : item.tags().stream().map(String::trim).distinct().toArray()));
                insert.setObject(16, actor);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private void insertDependencies(Connection connection, Project project, List<BulkDependency> links, int[][] indexes, UUID[] taskIds,
            UUID[] dependencyIds) throws SQLException {
        String sql = """
                INSERT INTO dependencies (id, workspace_id, predecessor_id, successor_id, type, lag_days, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, now())
                """;
        UUID actor = currentUser.id();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < links.size(); i++) {
                BulkDependency link = links.get(i);
                insert.setObject(1, dependencyIds[i]);
                insert.setObject(2, project.workspaceId);
                insert.setObject(3, taskIds[indexes[i][0]]);
                insert.setObject(4, taskIds[indexes[i][1]]);
                insert.setString(5, (link.type() == null ? DependencyType.fs : link.type()).name());
                insert.setBigDecimal(6, link.lagDays() == null ? BigDecimal.ZERO : link.lagDays());
                insert.setObject(7, actor);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void logCreations(Connection connection, Project project, List<Planned> rows, List<BulkDependency> links, int[][] indexes,
            UUID[] taskIds, UUID[] dependencyIds) throws SQLException {
        String sql = """
                INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                VALUES (?, ?, ?, ?, 'created', ?, CAST(? AS jsonb))
                """;
        UUID actor = currentUser.id();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Planned row : rows) {
                BulkTask item = row.item();
                Changes snapshot = new Changes().snapshot("number", row.number(), true).snapshot("title", item.title().trim(), true)
                        .snapshot("description", item.description(), true).snapshot("parentId", row.parentId(), true)
                        .snapshot("status", item.status() == null ? TaskStatus.todo : item.status(), true)
                        .snapshot("priority", item.priority() == null ? Priority.medium : item.priority(), true)
                        .snapshot("durationDays", item.durationDays(), true)
                        .snapshot("constraintType", item.constraintType() == null ? ConstraintType.asap : item.constraintType(), true)
                        .snapshot("constraintDate", item.constraintDate(), true).snapshot("deadline", item.deadline(), true)
                        .snapshot("tags", item.tags() == null || item.tags().isEmpty() ? null : item.tags(), true);
                pending = addActivity(insert, project, "task", row.id(), actor, activity.toJson(snapshot.fields()), pending);
            }
            for (int i = 0; i < links.size(); i++) {
                BulkDependency link = links.get(i);
                Changes snapshot = new Changes().snapshot("predecessorId", taskIds[indexes[i][0]], true)
                        .snapshot("successorId", taskIds[indexes[i][1]], true)
                        .snapshot("type", link.type() == null ? DependencyType.fs : link.type(), true)
                        .snapshot("lagDays", link.lagDays() == null ? BigDecimal.ZERO : link.lagDays(), true);
                pending = addActivity(insert, project, "dependency", dependencyIds[i], actor, activity.toJson(snapshot.fields()), pending);
            }
            insert.executeBatch();
        }
    }

    private static int addActivity(PreparedStatement insert, Project project, String type, UUID entity, UUID actor, String json, int pending)
            throws SQLException {
        insert.setObject(1, project.workspaceId);
        insert.setObject(2, project.id);
        insert.setString(3, type);
        insert.setObject(4, entity);
        insert.setObject(5, actor);
        insert.setString(6, json);
        insert.addBatch();
        if (pending + 1 == BATCH) {
            insert.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
