package app.throughline.importing;

import app.throughline.auth.CurrentUser;
import app.throughline.bulk.BulkDtos.BulkDependency;
import app.throughline.bulk.BulkDtos.BulkRequest;
import app.throughline.bulk.BulkDtos.BulkResult;
import app.throughline.bulk.BulkDtos.BulkTask;
import app.throughline.bulk.BulkTaskImport;
import app.throughline.dependency.DependencyType;
import app.throughline.importing.CsvImportDtos.CsvImportResult;
import app.throughline.importing.CsvImportDtos.CsvImportedTask;
import app.throughline.person.Person;
import app.throughline.person.PersonRepository;
import app.throughline.planning.PlanChanged;
import app.throughline.project.Project;
import app.throughline.project.ProjectService;
import app.throughline.task.AssignmentService;
import app.throughline.task.ExactDuration;
import app.throughline.task.TaskDtos.CreateAssignment;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskService;
import app.throughline.workflow.WorkflowService;
import app.throughline.workspace.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * CSV into an existing project: the whole file is read and checked first ({@link CsvPlan}); a dry run
 * answers the problems and writes nothing, a real run with problems is refused (422, nothing written),
 * and a clean file becomes tasks, links and assignments in one transaction through the bulk import,
 * with durations and lags kept to the minute.
 */
@ApplicationScoped
public class CsvImport {

    private final ProjectService projects;
    private final TaskService taskService;
    private final PersonRepository people;
    private final BulkTaskImport bulk;
    private final AssignmentService assignments;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final Event<PlanChanged> planChanged;
    private final WorkflowService workflows;

    CsvImport(
            ProjectService projects,
            TaskService taskService,
            PersonRepository people,
            BulkTaskImport bulk,
            AssignmentService assignments,
            CurrentUser currentUser,
            EntityManager entityManager,
            Event<PlanChanged> planChanged,
            WorkflowService workflows) {
        this.projects = projects;
        this.taskService = taskService;
        this.people = people;
        this.bulk = bulk;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.planChanged = planChanged;
        this.workflows = workflows;
    }

    @Transactional
    public CsvImportResult run(UUID projectId, byte[] content, boolean dryRun) {
        Project project = projects.writable(projectId, Role.coordinator);
        int perDay = taskService.minutesPerDay(project.id);
        CsvPlan plan =
                CsvPlan.read(content, perDay, lookup(project.workspaceId), workflows.definition(project.workflowId));
        if (dryRun) {
            return result(plan, true, List.of());
        }
        if (!plan.problems.isEmpty()) {
            throw new CsvRefused(plan.problems);
        }
        List<BulkTask> items = new ArrayList<>(plan.tasks.size());
        boolean[] summary = new boolean[plan.tasks.size()];
        for (CsvPlan.Row row : plan.tasks) {
            if (row.parent() >= 0) {
                summary[row.parent()] = true;
            }
        }
        for (int i = 0; i < plan.tasks.size(); i++) {
            CsvPlan.Row row = plan.tasks.get(i);
            int minutes = summary[i] ? 0 : row.minutes();
            items.add(new BulkTask(
                    ref(i),
                    row.parent() < 0 ? null : ref(row.parent()),
                    null,
                    row.title(),
                    row.notes(),
                    row.status(),
                    null,
                    ExactDuration.daysOf(minutes, perDay),
                    ConstraintType.valueOf(row.constraintType()),
                    row.constraintDate(),
                    row.deadline(),
                    null));
        }
        List<BulkDependency> links = new ArrayList<>(plan.links.size());
        for (CsvPlan.Link link : plan.links) {
            links.add(new BulkDependency(
                    ref(link.predecessor()),
                    ref(link.successor()),
                    DependencyType.valueOf(link.type().toLowerCase(Locale.ROOT)),
                    ExactDuration.daysOf(link.lagMinutes(), perDay)));
        }
        BulkResult written = bulk.importInto(project, currentUser.id(), new BulkRequest(items, links));
        exactMinutes(plan, summary, written, perDay);
        List<CsvImportedTask> created = new ArrayList<>(written.tasks().size());
        for (int i = 0; i < written.tasks().size(); i++) {
            UUID taskId = written.tasks().get(i).id();
            created.add(new CsvImportedTask(
                    plan.tasks.get(i).row(), taskId, written.tasks().get(i).key()));
            if (!summary[i]) {
                for (CsvPlan.Assignee a : plan.tasks.get(i).assignees()) {
                    assignments.assign(taskId, new CreateAssignment(a.personId(), a.units()));
                }
            }
        }
        entityManager.flush();
        planChanged.fire(new PlanChanged(project.id));
        return result(plan, false, created);
    }

    /**
     * Stores what the bulk import does not take: the minutes of durations and lags that are not whole
     * days of the project calendar, and the rows' % complete.
     */
    private void exactMinutes(CsvPlan plan, boolean[] summary, BulkResult written, int perDay) {
        Map<Integer, UUID> taskIds = new HashMap<>();
        for (int i = 0; i < written.tasks().size(); i++) {
            taskIds.put(i, written.tasks().get(i).id());
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement st =
                    connection.prepareStatement("UPDATE tasks SET duration_minutes = ? WHERE id = ?")) {
                for (int i = 0; i < plan.tasks.size(); i++) {
                    int minutes = plan.tasks.get(i).minutes();
                    if (!summary[i] && minutes % perDay != 0) {
                        st.setInt(1, minutes);
                        st.setObject(2, taskIds.get(i));
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
            try (PreparedStatement st =
                    connection.prepareStatement("UPDATE dependencies SET lag_minutes = ? WHERE id = ?")) {
                for (int i = 0; i < plan.links.size(); i++) {
                    int lag = plan.links.get(i).lagMinutes();
                    if (lag % perDay != 0) {
                        st.setInt(1, lag);
                        st.setObject(2, written.dependencies().get(i).id());
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
            try (PreparedStatement st =
                    connection.prepareStatement("UPDATE tasks SET percent_complete = ? WHERE id = ?")) {
                for (int i = 0; i < plan.tasks.size(); i++) {
                    BigDecimal percent = plan.tasks.get(i).percentComplete();
                    if (percent != null && percent.signum() != 0) {
                        st.setBigDecimal(1, percent);
                        st.setObject(2, taskIds.get(i));
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
        });
    }

    private static CsvImportResult result(CsvPlan plan, boolean dryRun, List<CsvImportedTask> created) {
        return new CsvImportResult(
                dryRun,
                plan.tasks.size(),
                plan.links.size(),
                plan.assignmentCount(),
                List.copyOf(plan.problems),
                List.copyOf(plan.ignoredColumns),
                created);
    }

    private CsvPlan.People lookup(UUID workspaceId) {
        Map<String, List<UUID>> byName = new HashMap<>();
        Map<String, List<UUID>> byEmail = new HashMap<>();
        for (Person p : people.findByWorkspace(workspaceId)) {
            byName.computeIfAbsent(p.name.trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(p.id);
            if (p.email != null) {
                byEmail.computeIfAbsent(p.email.trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(p.id);
            }
        }
        return who -> {
            String key = who.trim().toLowerCase(Locale.ROOT);
            List<UUID> found = key.contains("@") ? byEmail.get(key) : byName.get(key);
            return found == null ? List.of() : found;
        };
    }

    private static String ref(int index) {
        return "r" + index;
    }
}
