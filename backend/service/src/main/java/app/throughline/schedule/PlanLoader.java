package app.throughline.schedule;

import app.throughline.calendar.CalendarDefinition;
import app.throughline.calendar.CalendarService;
import app.throughline.platform.Today;
import app.throughline.schedule.PlanRepository.LinkRow;
import app.throughline.schedule.PlanRepository.ProjectFacts;
import app.throughline.schedule.PlanRepository.StoredDates;
import app.throughline.schedule.PlanRepository.TaskRow;
import app.throughline.schedule.engine.ConstraintType;
import app.throughline.schedule.engine.DependencyType;
import app.throughline.schedule.engine.Durations;
import app.throughline.schedule.engine.ScheduleInput;
import app.throughline.schedule.engine.ScheduleInputBuilder;
import app.throughline.schedule.engine.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a project's plan from the database into the engine's input: tasks and their hierarchy in
 * key order, the dependencies into the project's tasks, the project calendar. A predecessor in
 * another project enters as a pinned stand-in task at its own scheduled dates.
 */
@ApplicationScoped
public class PlanLoader {

    /** Status categories (tasks.status_category) the plan treats specially. */
    private static final String DONE = "done";

    private static final String CANCELLED = "cancelled";

    private static final Map<String, ConstraintType> CONSTRAINTS = byLowerCaseName(ConstraintType.values());
    private static final Map<String, DependencyType> LINK_TYPES = byLowerCaseName(DependencyType.values());

    private final PlanRepository repository;
    private final WarmPlans warmPlans;
    private final CalendarService calendars;
    private final Today today;

    PlanLoader(PlanRepository repository, WarmPlans warmPlans, CalendarService calendars, Today today) {
        this.repository = repository;
        this.warmPlans = warmPlans;
        this.calendars = calendars;
        this.today = today;
    }

    /** Per-task facts the engine does not need but health and forecasts do. */
    public record TaskFacts(String status, double percentComplete, LocalDate actualFinish) {}

    /** The engine input with the maps back to database ids; stand-ins follow the project's own tasks. */
    public record Plan(
            UUID projectId,
            UUID workspaceId,
            WorkCalendar calendar,
            ScheduleInput input,
            List<UUID> taskIds,
            int ownTasks,
            UUID[] dependencyIds,
            Map<UUID, Integer> indexOf,
            List<TaskFacts> facts,
            LocalDate statusDate,
            LocalDate targetFinishDate,
            /* the day progress and milestones are judged on: the status date, or today when it rolls */
            LocalDate asOf) {}

    /** The engine calendar of a project. */
    public WorkCalendar calendarOf(UUID projectId) {
        return calendarOf(repository.project(projectId));
    }

    public Plan load(UUID projectId) {
        ProjectFacts project = repository.project(projectId);
        LocalDate start = project.startDate();
        LocalDate statusDate = project.statusDate();
        WorkCalendar calendar = calendarOf(project);

        ScheduleInputBuilder builder = ScheduleInput.builder(start.atStartOfDay(), calendar);
        LocalDate asOf = statusDate != null ? statusDate : today.date();
        // a fixed status date means "progress reported up to the end of that day"; without one the
        // status date rolls with the calendar and unfinished work can still use today
        builder.statusDate(statusDate != null ? statusDate.plusDays(1).atStartOfDay() : asOf.atStartOfDay());
        List<UUID> taskIds = new ArrayList<>();
        List<TaskFacts> facts = new ArrayList<>();
        Map<UUID, Integer> indexOf = new HashMap<>(4096);
        WarmPlans.PlanRows plan = warmPlans.rows(projectId);
        List<TaskRow> rows = plan.tasks();
        for (TaskRow row : rows) {
            // a cancelled task is out of the plan: it takes no time, so nothing waits for it
            int minutes = CANCELLED.equals(row.status())
                    ? 0
                    : row.durationMinutes() != null
                            ? row.durationMinutes()
                            : Durations.toMinutes(row.durationDays().doubleValue(), calendar);
            int index = builder.addTask(minutes);
            indexOf.put(row.id(), index);
            taskIds.add(row.id());
        }
        for (TaskRow row : rows) {
            int index = indexOf.get(row.id());
            if (row.parentId() != null) {
                builder.parent(index, indexOf.get(row.parentId()));
            }
            if (CANCELLED.equals(row.status())) {
                facts.add(new TaskFacts(row.status(), 0, row.actualFinish()));
                continue;
            }
            ConstraintType constraint = CONSTRAINTS.get(row.constraintType());
            if (constraint != ConstraintType.ASAP) {
                builder.constraint(index, constraint, row.constraintDate());
            }
            if (row.deadline() != null) {
                builder.deadline(index, row.deadline());
            }
            // a status of the category done completes the task whatever percentage was reported
            double percent =
                    DONE.equals(row.status()) ? 100 : row.percentComplete().doubleValue();
            if (percent > 0) {
                builder.percentComplete(index, percent);
            }
            if (row.actualStart() != null) {
                builder.actualStart(index, row.actualStart().atStartOfDay());
            }
            if (row.actualFinish() != null) {
                builder.actualFinish(index, row.actualFinish().plusDays(1).atStartOfDay());
            }
            facts.add(new TaskFacts(row.status(), percent, row.actualFinish()));
        }
        repository.levelingDelays(projectId).forEach((taskId, minutes) -> {
            Integer index = indexOf.get(taskId);
            if (index != null) {
                builder.levelingDelay(index, minutes);
            }
        });
        int ownTasks = taskIds.size();

        List<UUID> dependencyIds = new ArrayList<>();
        for (LinkRow link : withCurrentPredecessorDates(plan.links(), indexOf)) {
            Integer predecessor = indexOf.get(link.predecessorId());
            if (predecessor == null) {
                if (link.predecessorEarlyStart() == null) {
                    continue; // the other project has no schedule yet; it will push when it gets one
                }
                predecessor = standIn(builder, calendar, link.predecessorEarlyStart(), link.predecessorEarlyFinish());
                indexOf.put(link.predecessorId(), predecessor);
                taskIds.add(link.predecessorId());
                facts.add(new TaskFacts("external", 0, null));
            }
            int dependency = builder.addDependency(
                    predecessor,
                    indexOf.get(link.successorId()),
                    LINK_TYPES.get(link.type()),
                    link.lagMinutes() != null
                            ? link.lagMinutes()
                            : Durations.toMinutes(link.lagDays().doubleValue(), calendar));
            while (dependencyIds.size() < dependency) {
                dependencyIds.add(null);
            }
            dependencyIds.add(link.id());
        }
        return new Plan(
                projectId,
                project.workspaceId(),
                calendar,
                builder.build(),
                taskIds,
                ownTasks,
                dependencyIds.toArray(UUID[]::new),
                indexOf,
                facts,
                statusDate,
                project.targetFinishDate(),
                asOf);
    }

    /** Predecessors in other projects move with their own project: their stored dates are read now. */
    private List<LinkRow> withCurrentPredecessorDates(List<LinkRow> links, Map<UUID, Integer> own) {
        Set<UUID> outside = new HashSet<>();
        for (LinkRow link : links) {
            if (!own.containsKey(link.predecessorId())) {
                outside.add(link.predecessorId());
            }
        }
        if (outside.isEmpty()) {
            return links;
        }
        Map<UUID, StoredDates> dates = new HashMap<>();
        repository.storedDates(outside).forEach(d -> dates.put(d.taskId(), d));
        List<LinkRow> current = new ArrayList<>(links.size());
        for (LinkRow link : links) {
            StoredDates stored = own.containsKey(link.predecessorId()) ? null : dates.get(link.predecessorId());
            current.add(
                    own.containsKey(link.predecessorId())
                            ? link
                            : link.withPredecessorDates(
                                    stored == null ? null : stored.earlyStart(),
                                    stored == null ? null : stored.earlyFinish()));
        }
        return current;
    }

    private static <E extends Enum<E>> Map<String, E> byLowerCaseName(E[] values) {
        Map<String, E> byName = new HashMap<>();
        for (E value : values) {
            byName.put(value.name().toLowerCase(Locale.ROOT), value);
        }
        return Map.copyOf(byName);
    }

    private WorkCalendar calendarOf(ProjectFacts project) {
        UUID calendarId = project.calendarId() != null
                ? project.calendarId()
                : calendars.defaultCalendarFor(project.workspaceId());
        CalendarDefinition definition = calendars
                .definition(project.workspaceId(), calendarId)
                .orElseThrow(() -> new IllegalStateException("Calendar " + calendarId + " is missing"));
        return WorkCalendars.of(definition, project.startDate());
    }

    private static int standIn(
            ScheduleInputBuilder builder, WorkCalendar calendar, LocalDateTime start, LocalDateTime finish) {
        int task = builder.addTask(Math.max(0, calendar.workingMinutesBetween(start, finish)));
        builder.constraint(task, ConstraintType.MSO, start);
        return task;
    }
}
