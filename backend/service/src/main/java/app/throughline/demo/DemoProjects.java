package app.throughline.demo;

import app.throughline.bulk.BulkDtos.BulkDependency;
import app.throughline.bulk.BulkDtos.BulkRequest;
import app.throughline.bulk.BulkDtos.BulkResult;
import app.throughline.bulk.BulkDtos.BulkTask;
import app.throughline.bulk.BulkDtos.BulkTaskResult;
import app.throughline.bulk.BulkTaskImport;
import app.throughline.demo.DemoPlan.Link;
import app.throughline.demo.DemoPlan.Milestone;
import app.throughline.demo.DemoPlan.Project;
import app.throughline.demo.DemoPlan.Task;
import app.throughline.demo.DemoProgress.Reported;
import app.throughline.demo.DemoProgress.Scheduled;
import app.throughline.demo.DemoRows.NewAssignment;
import app.throughline.demo.DemoRows.NewLink;
import app.throughline.demo.DemoRows.NewMilestone;
import app.throughline.demo.DemoRows.NewProject;
import app.throughline.demo.DemoRows.TaskDates;
import app.throughline.demo.DemoRows.TaskProgress;
import app.throughline.demo.DemoSeeder.DemoWorkspaceSeeded;
import app.throughline.platform.Today;
import app.throughline.project.ProjectRepository;
import app.throughline.project.ProjectStatus;
import app.throughline.schedule.ScheduleRecomputer;
import app.throughline.storedschedule.StoredSchedules;
import app.throughline.task.TaskEnums.ConstraintType;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The client projects of the demo workspace "Northwind Agency" (see {@code demo/northwind-plans.txt}):
 * five projects with phases, all four dependency types with leads and lags, links across projects,
 * constraints, deadlines (some too tight, so float goes negative), progress up to the status date,
 * assignments (one designer booked full time on parallel work in two projects) and milestones, some
 * clearly at risk.
 *
 * <p>Seeded the way a coordinator would build them: the tasks through bulk create, the dates by the
 * real scheduler. Whatever the plan states relative to the schedule (a deadline three days after
 * the planned finish, progress as of the status date, a milestone promised before its gates can
 * finish) is filled in once the schedule exists, and the schedule is recomputed after each step.
 */
@ApplicationScoped
class DemoProjects {

    private static final Logger LOG = Logger.getLogger(DemoProjects.class);

    /**
     * The "today" the plan text was written for. Seeding moves every written date by whole weeks
     * to the real today (weekdays keep their meaning), so the demo is always in flight.
     */
    static final LocalDate WRITTEN_FOR = LocalDate.of(2026, 12, 2);

    /** Whole weeks from the day the plan text was written for to today (negative before it). */
    static long shiftWeeks(LocalDate today) {
        return Math.floorDiv(ChronoUnit.DAYS.between(WRITTEN_FOR, today), 7);
    }

    private final BulkTaskImport bulk;
    private final ScheduleRecomputer schedules;
    private final StoredSchedules stored;
    private final ProjectRepository projects;
    private final DemoRows rows;
    private final Today today;
    private long shiftWeeks;

    DemoProjects(
            BulkTaskImport bulk,
            ScheduleRecomputer schedules,
            StoredSchedules stored,
            ProjectRepository projects,
            DemoRows rows,
            Today today) {
        this.today = today;
        this.bulk = bulk;
        this.schedules = schedules;
        this.stored = stored;
        this.projects = projects;
        this.rows = rows;
    }

    /** A seeded project: its id and its tasks' ids by ref. */
    private record Seeded(Project plan, UUID id, Map<String, UUID> tasks) {}

    void seed(@Observes @Priority(20) DemoWorkspaceSeeded event) {
        long started = System.nanoTime();
        shiftWeeks = shiftWeeks(today.date());
        // progress is reported up to yesterday, so it is seeded with that as a fixed status date; the
        // status dates then roll with the calendar, like any project's that nobody pins
        LocalDate reportedUpTo = today.date().minusDays(1);
        UUID workspace = event.workspaceId();
        DemoPlan plan = DemoPlanParser.northwind();
        Map<String, UUID> people = rows.peopleByFirstName(workspace);
        // in plan order: a project's links come from those before it, whose schedules then exist first
        Map<String, Seeded> seeded = new LinkedHashMap<>();
        for (Project project : plan.projects()) {
            seeded.put(project.key(), create(workspace, project, people));
        }
        rows.insertLinks(workspace, crossProjectLinks(seeded));
        rows.insertAssignments(workspace, assignments(seeded, people));
        recomputeAll(seeded);

        rows.updateDates(scheduleRelativeDates(seeded));
        recomputeAll(seeded);

        List<TaskProgress> progress = new ArrayList<>();
        for (Seeded project : seeded.values()) {
            if (project.plan().status() == ProjectStatus.active) {
                progress.addAll(progress(project, reportedUpTo));
                rows.setStatusDate(project.id(), reportedUpTo);
            }
        }
        rows.updateProgress(progress, reportedUpTo);
        recomputeAll(seeded);

        rows.insertMilestones(workspace, milestones(seeded, people));
        seeded.values().forEach(project -> rows.letStatusDateRoll(project.id()));
        recomputeAll(seeded);
        LOG.infof(
                "Seeded %d demo projects with %d tasks in %d ms",
                seeded.size(),
                seeded.values().stream().mapToInt(s -> s.tasks().size()).sum(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Seeded create(UUID workspace, Project project, Map<String, UUID> people) {
        UUID id = UUID.randomUUID();
        rows.insertProject(
                workspace,
                new NewProject(
                        id,
                        project.key(),
                        project.name(),
                        project.description(),
                        person(people, project.owner()),
                        project.status(),
                        shifted(project.start()),
                        shifted(project.targetFinish())));
        // pinned before its start while seeding, so the plan is laid out as written; progress comes later
        rows.setStatusDate(id, shifted(project.start()).minusDays(1));
        BulkResult created = bulk.importInto(projects.findById(id), null, bulkRequest(project));
        Map<String, UUID> tasks = new HashMap<>();
        for (BulkTaskResult task : created.tasks()) {
            tasks.put(task.ref(), task.id());
        }
        return new Seeded(project, id, tasks);
    }

    /** The tasks and links inside the project; dates that depend on the schedule come later. */
    private LocalDate shifted(LocalDate written) {
        return written.plusWeeks(shiftWeeks);
    }

    private LocalDate dateOf(DemoPlan.DateRule rule, LocalDate scheduled) {
        return rule.fixed() ? shifted(rule.date()) : rule.from(scheduled);
    }

    private BulkRequest bulkRequest(Project project) {
        List<BulkTask> tasks = project.tasks().stream()
                .map(t -> {
                    boolean fixedConstraint = t.constraintDate().isPresent()
                            && t.constraintDate().get().fixed();
                    return new BulkTask(
                            t.ref(),
                            t.parentRef(),
                            null,
                            t.title(),
                            null,
                            null,
                            t.priority(),
                            t.durationDays(),
                            fixedConstraint ? t.constraintType() : null,
                            fixedConstraint ? shifted(t.constraintDate().get().date()) : null,
                            t.deadline()
                                    .filter(DemoPlan.DateRule::fixed)
                                    .map(d -> shifted(d.date()))
                                    .orElse(null),
                            t.tags());
                })
                .toList();
        List<BulkDependency> links = project.ownLinks().stream()
                .map(l -> new BulkDependency(l.predecessorRef(), l.successorRef(), l.type(), l.lagDays()))
                .toList();
        return new BulkRequest(tasks, links);
    }

    private static List<NewLink> crossProjectLinks(Map<String, Seeded> seeded) {
        List<NewLink> links = new ArrayList<>();
        for (Seeded project : seeded.values()) {
            for (Link link : project.plan().crossProjectLinks()) {
                UUID predecessor = seeded.get(link.predecessorProject()).tasks().get(link.predecessorRef());
                links.add(new NewLink(
                        project.id(),
                        predecessor,
                        project.tasks().get(link.successorRef()),
                        link.type(),
                        link.lagDays()));
            }
        }
        return links;
    }

    private static List<NewAssignment> assignments(Map<String, Seeded> seeded, Map<String, UUID> people) {
        List<NewAssignment> assignments = new ArrayList<>();
        for (Seeded project : seeded.values()) {
            for (Task task : project.plan().tasks()) {
                task.people()
                        .forEach(a -> assignments.add(new NewAssignment(
                                project.id(), project.tasks().get(task.ref()), person(people, a.person()), a.units())));
            }
        }
        return assignments;
    }

    private List<TaskDates> scheduleRelativeDates(Map<String, Seeded> seeded) {
        List<TaskDates> dates = new ArrayList<>();
        for (Seeded project : seeded.values()) {
            Map<String, Scheduled> schedule = schedule(project);
            for (Task task : project.plan().tasks()) {
                boolean relativeConstraint =
                        task.constraintDate().filter(d -> !d.fixed()).isPresent();
                boolean relativeDeadline =
                        task.deadline().filter(d -> !d.fixed()).isPresent();
                if (!relativeConstraint && !relativeDeadline) {
                    continue;
                }
                Scheduled at = schedule.get(task.ref());
                // a start constraint counts from the scheduled start, a finish constraint and a deadline from the
                // finish
                boolean startConstraint =
                        task.constraintType() == ConstraintType.snet || task.constraintType() == ConstraintType.mso;
                LocalDate base =
                        startConstraint ? at.start().toLocalDate() : at.finish().toLocalDate();
                dates.add(new TaskDates(
                        project.tasks().get(task.ref()),
                        task.constraintType(),
                        task.constraintDate().map(d -> dateOf(d, base)).orElse(null),
                        task.deadline()
                                .map(d -> dateOf(d, at.finish().toLocalDate()))
                                .orElse(null)));
            }
        }
        return dates;
    }

    private List<TaskProgress> progress(Seeded project, LocalDate reportedUpTo) {
        Map<String, Reported> reported =
                DemoProgress.asOf(reportedUpTo, project.plan().tasks(), schedule(project));
        List<TaskProgress> progress = new ArrayList<>();
        reported.forEach((ref, r) -> progress.add(new TaskProgress(
                project.tasks().get(ref), r.status(), r.percentComplete(), r.actualStart(), r.actualFinish())));
        return progress;
    }

    private List<NewMilestone> milestones(Map<String, Seeded> seeded, Map<String, UUID> people) {
        List<NewMilestone> milestones = new ArrayList<>();
        for (Seeded project : seeded.values()) {
            Map<String, Scheduled> schedule = schedule(project);
            for (Milestone m : project.plan().milestones()) {
                LocalDate gatesFinish = m.gateRefs().stream()
                        .map(ref -> schedule.get(ref).finish().toLocalDate())
                        .max(LocalDate::compareTo)
                        .orElseThrow();
                milestones.add(new NewMilestone(
                        project.id(),
                        m.name(),
                        m.due().from(gatesFinish),
                        person(people, m.owner()),
                        m.committed(),
                        m.gateRefs().stream().map(project.tasks()::get).toList()));
            }
        }
        return milestones;
    }

    /** Where the last computation put each task, by ref. */
    private Map<String, Scheduled> schedule(Seeded project) {
        Map<UUID, String> refs = new HashMap<>();
        project.tasks().forEach((ref, id) -> refs.put(id, ref));
        Map<String, Scheduled> schedule = new HashMap<>();
        stored.readProject(project.id())
                .forEach(row ->
                        schedule.put(refs.get(row.taskId()), new Scheduled(row.earlyStart(), row.earlyFinish())));
        return schedule;
    }

    private void recomputeAll(Map<String, Seeded> seeded) {
        seeded.values().forEach(project -> schedules.recompute(project.id()));
    }

    private static UUID person(Map<String, UUID> people, String firstName) {
        UUID id = people.get(firstName);
        if (id == null) {
            throw new IllegalStateException("no demo person called " + firstName);
        }
        return id;
    }
}
