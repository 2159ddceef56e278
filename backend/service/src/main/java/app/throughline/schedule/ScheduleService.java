package app.throughline.schedule;

import app.throughline.api.InvalidRequest;
import app.throughline.api.ResourceNotFound;
import app.throughline.calendar.CalendarService.CalendarChanged;
import app.throughline.planning.PlanChanged;
import app.throughline.schedule.MilestoneHealth.Gate;
import app.throughline.schedule.MilestoneHealth.Outcome;
import app.throughline.schedule.PlanLoader.Plan;
import app.throughline.schedule.ScheduleComputation.Baseline;
import app.throughline.schedule.ScheduleDtos.Change;
import app.throughline.schedule.ScheduleDtos.MilestoneMove;
import app.throughline.schedule.ScheduleDtos.Preview;
import app.throughline.schedule.ScheduleDtos.ProjectScheduleView;
import app.throughline.schedule.engine.ConstraintType;
import app.throughline.schedule.engine.Durations;
import app.throughline.schedule.engine.ScheduleInputBuilder;
import app.throughline.schedule.engine.ScheduleResult;
import app.throughline.schedule.engine.WorkCalendar;
import app.throughline.storedschedule.ScheduleDays;
import app.throughline.storedschedule.ScheduleRow;
import app.throughline.storedschedule.StoredSchedules;
import app.throughline.storedschedule.TaskScheduleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps every project's schedule current: each planning change recomputes the project inside the
 * change's own transaction (only changed rows are written), so reads are plain lookups.
 */
@ApplicationScoped
public class ScheduleService {

    private final PlanLoader loader;
    private final ScheduleStore store;
    private final StoredSchedules stored;
    private final EntityManager entityManager;

    ScheduleService(PlanLoader loader, ScheduleStore store, StoredSchedules stored, EntityManager entityManager) {
        this.stored = stored;
        this.loader = loader;
        this.store = store;
        this.entityManager = entityManager;
    }

    void onPlanChanged(@Observes PlanChanged event) {
        if (exists(event.projectId())) {
            recompute(event.projectId());
        }
    }

    void onCalendarChanged(@Observes CalendarChanged event) {
        @SuppressWarnings("unchecked")
        List<UUID> projects = entityManager
                .createNativeQuery("""
                SELECT p.id FROM projects p JOIN calendars c ON c.id = :cal
                WHERE p.workspace_id = c.workspace_id AND (p.calendar_id = c.id OR (p.calendar_id IS NULL AND c.is_default))
                """, UUID.class)
                .setParameter("cal", event.calendarId())
                .getResultList();
        projects.forEach(this::recompute);
    }

    /** Recomputes and stores the project's schedule; returns how many task rows changed. */
    public int recompute(UUID projectId) {
        entityManager.flush();
        Plan plan = loader.load(projectId);
        ScheduleResult result = ScheduleComputation.run(plan, plan.input());
        int written = store.write(projectId, ScheduleComputation.rows(plan, result, latestBaseline(projectId)));
        List<MilestoneRow> milestones = milestones(projectId);
        List<Outcome> outcomes =
                milestones.stream().map(m -> outcome(m, plan, result)).toList();
        boolean negativeFloat = false;
        for (int i = 0; i < plan.ownTasks() && !negativeFloat; i++) {
            negativeFloat = result.totalFloat(i) < 0;
        }
        LocalDateTime[] span = ScheduleComputation.span(plan, result);
        LocalDate target = PlanLoader.toDate(entityManager
                .createNativeQuery("SELECT target_finish_date FROM projects WHERE id = :p")
                .setParameter("p", projectId)
                .getSingleResult());
        boolean finishAfterTarget =
                target != null && span[1] != null && span[1].toLocalDate().isAfter(target);
        String health = MilestoneHealth.project(outcomes, finishAfterTarget, negativeFloat);
        List<UUID> criticalPath = ScheduleComputation.criticalPath(plan, result);
        entityManager
                .createNativeQuery("""
                INSERT INTO project_schedules (project_id, start, finish, minutes_per_day, critical_path, health, computed_at)
                VALUES (:p, CAST(:start AS timestamp), CAST(:finish AS timestamp), :mpd, CAST(:path AS uuid[]), :health, now())
                ON CONFLICT (project_id) DO UPDATE SET start = excluded.start, finish = excluded.finish,
                    minutes_per_day = excluded.minutes_per_day, critical_path = excluded.critical_path, health = excluded.health,
                    computed_at = excluded.computed_at
                """)
                .setParameter("p", projectId)
                .setParameter("start", span[0] == null ? null : span[0].toString())
                .setParameter("finish", span[1] == null ? null : span[1].toString())
                .setParameter("mpd", plan.calendar().minutesPerDay())
                .setParameter(
                        "path",
                        "{"
                                + String.join(
                                        ",",
                                        criticalPath.stream()
                                                .map(UUID::toString)
                                                .toList()) + "}")
                .setParameter("health", health)
                .executeUpdate();
        return written;
    }

    /** The stored schedule of a project (the caller has checked access). */
    public ProjectScheduleView projectSchedule(UUID projectId) {
        Object[] header = header(projectId);
        int minutesPerDay = ((Number) header[2]).intValue();
        List<TaskScheduleView> tasks = new ArrayList<>();
        Map<UUID, ScheduleRow> rows = new HashMap<>();
        stored.readProject(projectId).forEach(r -> rows.put(r.taskId(), r));
        for (UUID taskId : taskIdsInKeyOrder(projectId)) {
            ScheduleRow row = rows.get(taskId);
            if (row != null) {
                tasks.add(row.view(minutesPerDay));
            }
        }
        return new ProjectScheduleView(
                projectId,
                PlanLoader.toDateTime(header[0]),
                PlanLoader.toDateTime(header[1]),
                PlanLoader.toDate(header[6]),
                (String) header[4],
                criticalPathOf(header[3]),
                tasks,
                toInstant(header[5]));
    }

    /** Runs the engine on a copy of the plan with the changes applied; nothing is written. */
    public Preview preview(UUID projectId, List<Change> changes) {
        Plan plan = loader.load(projectId);
        ScheduleResult before = ScheduleComputation.run(plan, plan.input());
        ScheduleInputBuilder builder = plan.input().toBuilder();
        for (int c = 0; c < changes.size(); c++) {
            apply(plan, builder, changes.get(c), "changes[" + c + "]");
        }
        ScheduleResult after = ScheduleComputation.run(plan, builder.build());
        List<MilestoneMove> moves = new ArrayList<>();
        for (MilestoneRow milestone : milestones(projectId)) {
            Outcome was = outcome(milestone, plan, before);
            Outcome will = outcome(milestone, plan, after);
            if (!Objects.equals(was, will)) {
                moves.add(new MilestoneMove(
                        milestone.id(),
                        milestone.name(),
                        milestone.dueDate(),
                        was.forecast(),
                        will.forecast(),
                        was.health(),
                        will.health()));
            }
        }
        LocalDateTime finishBefore = ScheduleComputation.span(plan, before)[1];
        LocalDateTime finishAfter = ScheduleComputation.span(plan, after)[1];
        int delta = finishAfter.isBefore(finishBefore)
                ? -plan.calendar().workingMinutesBetween(finishAfter, finishBefore)
                : plan.calendar().workingMinutesBetween(finishBefore, finishAfter);
        int minutesPerDay = plan.calendar().minutesPerDay();
        List<TaskScheduleView> tasks = ScheduleComputation.rows(plan, after, latestBaseline(projectId)).stream()
                .map(r -> r.view(minutesPerDay))
                .toList();
        LocalDateTime[] span = ScheduleComputation.span(plan, after);
        ProjectScheduleView schedule = new ProjectScheduleView(
                projectId,
                span[0],
                span[1],
                plan.statusDate(),
                null,
                ScheduleComputation.criticalPath(plan, after),
                tasks,
                Instant.now());
        return new Preview(finishBefore, finishAfter, ScheduleDays.of(delta, minutesPerDay), moves, schedule);
    }

    /** Forecast and health of one milestone from the stored schedule. */
    public Outcome milestoneOutcome(UUID projectId, LocalDate dueDate, List<UUID> gatingTaskIds) {
        Object[] header = header(projectId);
        int minutesPerDay = ((Number) header[2]).intValue();
        LocalDate statusDate = PlanLoader.toDate(header[6]);
        Map<UUID, ScheduleRow> rows = stored.readTasks(gatingTaskIds);
        Map<UUID, Boolean> done = doneFlags(gatingTaskIds);
        List<Gate> gates = gatingTaskIds.stream()
                .filter(rows::containsKey)
                .map(id -> new Gate(rows.get(id).earlyFinish(), done.getOrDefault(id, false)))
                .toList();
        WorkCalendar calendar = loader.calendarOf(projectId);
        return MilestoneHealth.of(
                dueDate,
                gates,
                statusDate != null ? statusDate : LocalDate.now(),
                minutesPerDay,
                forecast -> slack(calendar, forecast, dueDate));
    }

    private void apply(Plan plan, ScheduleInputBuilder builder, Change change, String field) {
        Integer index = plan.indexOf().get(change.taskId());
        if (index == null || index >= plan.ownTasks()) {
            throw new ResourceNotFound(field + ".taskId: task " + change.taskId() + " is not in this project");
        }
        if (change.durationDays() != null) {
            builder.duration(index, Durations.toMinutes(change.durationDays().doubleValue(), plan.calendar()));
        }
        if (change.constraintType() != null) {
            ConstraintType type =
                    ConstraintType.valueOf(change.constraintType().name().toUpperCase(Locale.ROOT));
            if (change.constraintType().needsDate() && change.constraintDate() == null) {
                throw InvalidRequest.field(
                        field + ".constraintDate", "is required for the constraint " + change.constraintType());
            }
            builder.constraint(index, type, change.constraintType().needsDate() ? change.constraintDate() : null);
        } else if (change.constraintDate() != null) {
            throw InvalidRequest.field(field + ".constraintType", "is required with a constraintDate");
        }
        if (change.deadline() != null) {
            builder.deadline(index, change.deadline());
        }
        if (change.percentComplete() != null) {
            builder.percentComplete(index, change.percentComplete().doubleValue());
        }
        if (change.actualStart() != null) {
            builder.actualStart(index, change.actualStart().atStartOfDay());
        }
        if (change.actualFinish() != null) {
            builder.actualFinish(index, change.actualFinish().plusDays(1).atStartOfDay());
        }
    }

    private record MilestoneRow(UUID id, String name, LocalDate dueDate, boolean committed, List<UUID> gates) {}

    private List<MilestoneRow> milestones(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT m.id, m.name, m.due_date, m.committed, g.task_id FROM milestones m
                LEFT JOIN milestone_gates g ON g.milestone_id = m.id WHERE m.project_id = :p ORDER BY m.due_date, m.id
                """)
                .setParameter("p", projectId)
                .getResultList();
        Map<UUID, MilestoneRow> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            MilestoneRow milestone = byId.computeIfAbsent(
                    (UUID) row[0],
                    id -> new MilestoneRow(
                            id, (String) row[1], PlanLoader.toDate(row[2]), (Boolean) row[3], new ArrayList<>()));
            if (row[4] != null) {
                milestone.gates().add((UUID) row[4]);
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static Outcome outcome(MilestoneRow milestone, Plan plan, ScheduleResult result) {
        List<Gate> gates = new ArrayList<>();
        for (UUID gate : milestone.gates()) {
            Integer i = plan.indexOf().get(gate);
            if (i != null && i < plan.ownTasks()) {
                PlanLoader.TaskFacts facts = plan.facts().get(i);
                boolean done = "done".equals(facts.status()) || facts.percentComplete() >= 100;
                gates.add(new Gate(result.earlyFinish(i), done));
            }
        }
        LocalDate today = plan.statusDate() != null ? plan.statusDate() : LocalDate.now();
        return MilestoneHealth.of(
                milestone.dueDate(),
                gates,
                today,
                plan.calendar().minutesPerDay(),
                forecast -> slack(plan.calendar(), forecast, milestone.dueDate()));
    }

    /** Working minutes from {@code forecast} to the end of {@code dueDate}; negative when the forecast is later. */
    private static int slack(WorkCalendar calendar, LocalDateTime forecast, LocalDate dueDate) {
        return MilestoneHealth.slackMinutes(calendar, forecast, dueDate);
    }

    private Map<UUID, Baseline> latestBaseline(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                SELECT bt.task_id, bt.start, bt.finish FROM baseline_tasks bt
                WHERE bt.baseline_id = (SELECT id FROM baselines WHERE project_id = :p ORDER BY created_at DESC, id DESC LIMIT 1)
                """)
                .setParameter("p", projectId)
                .getResultList();
        Map<UUID, Baseline> baselines = new HashMap<>();
        rows.forEach(r ->
                baselines.put((UUID) r[0], new Baseline(PlanLoader.toDateTime(r[1]), PlanLoader.toDateTime(r[2]))));
        return baselines;
    }

    private Map<UUID, Boolean> doneFlags(List<UUID> taskIds) {
        Map<UUID, Boolean> done = new HashMap<>();
        if (taskIds.isEmpty()) {
            return done;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT id, status = 'done' OR percent_complete >= 100 FROM tasks WHERE id IN (:ids)")
                .setParameter("ids", taskIds)
                .getResultList();
        rows.forEach(r -> done.put((UUID) r[0], (Boolean) r[1]));
        return done;
    }

    private Object[] header(UUID projectId) {
        List<?> rows = entityManager
                .createNativeQuery("""
                SELECT ps.start, ps.finish, ps.minutes_per_day, CAST(ps.critical_path AS text), ps.health, ps.computed_at, p.status_date
                FROM projects p LEFT JOIN project_schedules ps ON ps.project_id = p.id WHERE p.id = :p
                """)
                .setParameter("p", projectId)
                .getResultList();
        Object[] header = (Object[]) rows.get(0);
        if (header[2] == null) {
            // a project that was never computed (e.g. written by an import): compute it once, in its own transaction
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> recompute(projectId));
            return header(projectId);
        }
        return header;
    }

    private List<UUID> taskIdsInKeyOrder(UUID projectId) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager
                .createNativeQuery("SELECT id FROM tasks WHERE project_id = :p ORDER BY number", UUID.class)
                .setParameter("p", projectId)
                .getResultList();
        return ids;
    }

    private boolean exists(UUID projectId) {
        return !entityManager
                .createNativeQuery("SELECT 1 FROM projects WHERE id = :p")
                .setParameter("p", projectId)
                .getResultList()
                .isEmpty();
    }

    private static List<UUID> criticalPathOf(Object text) {
        String value = (String) text;
        if (value == null || value.length() <= 2) {
            return List.of();
        }
        return java.util.Arrays.stream(value.substring(1, value.length() - 1).split(","))
                .map(UUID::fromString)
                .toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
