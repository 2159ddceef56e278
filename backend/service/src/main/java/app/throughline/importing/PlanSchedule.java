package app.throughline.importing;

import app.throughline.schedule.engine.ConstraintType;
import app.throughline.schedule.engine.DependencyType;
import app.throughline.schedule.engine.ScheduleInput;
import app.throughline.schedule.engine.ScheduleInputBuilder;
import app.throughline.schedule.engine.WorkCalendar;
import app.throughline.schedule.engine.WorkCalendarBuilder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

/**
 * A plan read by MPXJ as engine input, task for task, to the minute: calendars with their
 * exceptions, the hierarchy, durations and lags (elapsed ones around the clock), manually scheduled tasks,
 * constraints, deadlines, progress and links with lags. A task without a calendar of its own whose
 * work resources all share one calendar is scheduled on it (MS Project: the task works when its
 * resources work), unless the task ignores resource calendars.
 */
final class PlanSchedule {

    /** The engine input and the file's tasks in engine index order, with what was approximated per task. */
    record Converted(ProjectFile file, ScheduleInput input, List<Task> tasks, Map<Integer, String> approximations) {}

    /** Days before the project start from which calendar exceptions are copied. */
    static final int CALENDAR_DAYS_BEFORE = 90;
    /** Years after the project start up to which calendar exceptions are copied. */
    static final int CALENDAR_YEARS_AFTER = 5;

    private PlanSchedule() {}

    static LocalDateTime projectStart(ProjectFile file) {
        LocalDateTime start = file.getProjectProperties().getStartDate();
        if (start == null) {
            start = file.getTasks().stream()
                    .map(Task::getStart)
                    .filter(java.util.Objects::nonNull)
                    .min(LocalDateTime::compareTo)
                    .orElse(LocalDate.now().atTime(8, 0));
        }
        return start;
    }

    /** The tasks that become tasks here: all but the project summary (UID 0, outline level 0) and blank rows. */
    static List<Task> tasks(ProjectFile file) {
        List<Task> tasks = new ArrayList<>();
        for (Task task : file.getTasks()) {
            boolean projectSummary = task.getUniqueID() != null
                    && task.getUniqueID() == 0
                    && (task.getOutlineLevel() == null || task.getOutlineLevel() == 0);
            if (task.getNull() || task.getUniqueID() == null || projectSummary) {
                continue;
            }
            tasks.add(task);
        }
        return tasks;
    }

    static Converted convert(ProjectFile file) {
        ProjectProperties props = file.getProjectProperties();
        LocalDateTime start = projectStart(file);
        LocalDate from = start.toLocalDate().minusDays(CALENDAR_DAYS_BEFORE);
        LocalDate to = start.toLocalDate().plusYears(CALENDAR_YEARS_AFTER);

        Map<ProjectCalendar, Integer> calendarIndex = new IdentityHashMap<>();
        ProjectCalendar projectCalendar = file.getDefaultCalendar();
        WorkCalendar engineProjectCalendar =
                projectCalendar == null ? WorkCalendar.standard() : calendar(projectCalendar, from, to);
        ScheduleInputBuilder b = ScheduleInput.builder(start, engineProjectCalendar);
        if (projectCalendar != null) {
            calendarIndex.put(projectCalendar, 0);
        }
        if (props.getStatusDate() != null) {
            b.statusDate(props.getStatusDate());
        }
        b.remainingWorkFromStatusDate(false); // MS Project does not hold unfinished work to the status date
        b.summaryFloatFromChildren(false); // MS Project measures a summary's float on its own span

        List<Task> tasks = tasks(file);
        Map<Integer, Integer> index = new HashMap<>();
        Map<Integer, String> approximations = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            index.put(task.getUniqueID(), i);
            b.addTask(0);
        }
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            Task parent = task.getParentTask();
            if (parent != null && index.containsKey(parent.getUniqueID())) {
                b.parent(i, index.get(parent.getUniqueID()));
            }
            boolean summary = task.hasChildTasks();
            Duration duration = task.getDuration();
            if (!summary
                    && duration != null
                    && duration.getUnits() != null
                    && duration.getUnits().isElapsed()) {
                b.elapsedDuration(i, elapsedMinutes(duration));
            } else {
                b.duration(i, summary ? 0 : minutes(duration, file));
                ProjectCalendar own = task.getCalendar();
                if (own == null && !task.getIgnoreResourceCalendar()) {
                    own = sharedResourceCalendar(task);
                }
                if (own != null && own != projectCalendar) {
                    Integer c = calendarIndex.get(own);
                    if (c == null) {
                        c = b.addCalendar(calendar(own, from, to));
                        calendarIndex.put(own, c);
                    }
                    b.calendar(i, c);
                }
            }
            if (!summary && task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED && task.getStart() != null) {
                b.manuallyScheduled(i, task.getStart());
            }
            ConstraintType type = constraint(task.getConstraintType());
            if (type != ConstraintType.ASAP && (!type.hasDate() || task.getConstraintDate() != null)) {
                b.constraint(i, type, task.getConstraintDate());
            }
            if (task.getDeadline() != null) {
                b.deadline(i, task.getDeadline());
            }
            if (task.getActualStart() != null) {
                b.actualStart(i, task.getActualStart());
            }
            if (task.getActualFinish() != null) {
                b.actualFinish(i, task.getActualFinish());
            }
            Number percent = task.getPercentageComplete();
            if (percent != null) {
                b.percentComplete(i, Math.max(0, Math.min(100, percent.doubleValue())));
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            List<Relation> predecessors = tasks.get(i).getPredecessors();
            if (predecessors == null) {
                continue;
            }
            for (Relation r : predecessors) {
                Integer p = index.get(r.getPredecessorTask().getUniqueID());
                if (p == null || p == i) {
                    continue;
                }
                DependencyType type = dependencyType(r);
                Duration lag = r.getLag();
                if (lag != null && (lag.getUnits() == TimeUnit.PERCENT || lag.getUnits() == TimeUnit.ELAPSED_PERCENT)) {
                    b.addDependencyWithPercentLag(p, i, type, lag.getDuration());
                } else if (lag != null
                        && lag.getUnits() != null
                        && lag.getUnits().isElapsed()) {
                    b.addDependencyWithElapsedLag(p, i, type, elapsedSigned(lag));
                } else {
                    b.addDependency(p, i, type, lag == null ? 0 : signedMinutes(lag, file));
                }
            }
        }
        return new Converted(file, b.build(), tasks, approximations);
    }

    static DependencyType dependencyType(Relation r) {
        return switch (r.getType()) {
            case FINISH_START -> DependencyType.FS;
            case START_START -> DependencyType.SS;
            case FINISH_FINISH -> DependencyType.FF;
            case START_FINISH -> DependencyType.SF;
        };
    }

    /** The calendar every work resource of the task shares, or null (none, or they differ). */
    private static ProjectCalendar sharedResourceCalendar(Task task) {
        ProjectCalendar shared = null;
        List<ResourceAssignment> assignments = task.getResourceAssignments();
        if (assignments == null) {
            return null;
        }
        for (ResourceAssignment a : assignments) {
            Resource r = a.getResource();
            if (r == null || r.getType() != ResourceType.WORK || r.getCalendar() == null) {
                continue;
            }
            if (shared != null && shared != r.getCalendar()) {
                return null;
            }
            shared = r.getCalendar();
        }
        return shared;
    }

    /** Working minutes of a duration, converted with the file's minutes per day, week and month. */
    static int minutes(Duration d, ProjectFile file) {
        if (d == null) {
            return 0;
        }
        double m = d.convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration();
        return (int) Math.max(0, Math.round(m));
    }

    /** Working minutes of a lag, negative for a lead. */
    static int signedMinutes(Duration d, ProjectFile file) {
        return (int) Math.round(
                d.convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration());
    }

    /** Calendar minutes of an elapsed lag, negative for a lead. */
    static int elapsedSigned(Duration d) {
        int minutes = elapsedMinutes(Duration.getInstance(Math.abs(d.getDuration()), d.getUnits()));
        return d.getDuration() < 0 ? -minutes : minutes;
    }

    /** Calendar minutes of an elapsed duration (a month is 30 days, a year 365). */
    static int elapsedMinutes(Duration d) {
        double factor = switch (d.getUnits()) {
            case ELAPSED_HOURS -> 60;
            case ELAPSED_DAYS -> 1440;
            case ELAPSED_WEEKS -> 7 * 1440;
            case ELAPSED_MONTHS -> 30 * 1440;
            case ELAPSED_YEARS -> 365 * 1440;
            default -> 1;
        };
        return (int) Math.max(0, Math.round(d.getDuration() * factor));
    }

    static ConstraintType constraint(org.mpxj.ConstraintType type) {
        if (type == null) {
            return ConstraintType.ASAP;
        }
        return switch (type) {
            case AS_LATE_AS_POSSIBLE -> ConstraintType.ALAP;
            case START_NO_EARLIER_THAN -> ConstraintType.SNET;
            case START_NO_LATER_THAN -> ConstraintType.SNLT;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FNET;
            case FINISH_NO_LATER_THAN -> ConstraintType.FNLT;
            case MUST_START_ON -> ConstraintType.MSO;
            case MUST_FINISH_ON -> ConstraintType.MFO;
            default -> ConstraintType.ASAP;
        };
    }

    /** A calendar's week (each weekday's most common hours in the window) and its exceptions. */
    record CalendarShape(
            String name, int minutesPerDay, Map<DayOfWeek, LocalTime[]> week, List<DayException> exceptions) {}

    /** Consecutive days with the same working times that differ from the week. */
    record DayException(LocalDate from, LocalDate to, LocalTime[] hours) {}

    static CalendarShape shape(ProjectCalendar c, LocalDate from, LocalDate to) {
        Map<DayOfWeek, LocalTime[]> week = new EnumMap<>(DayOfWeek.class);
        Map<LocalDate, LocalTime[]> days = new HashMap<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            days.put(d, times(c.getHours(d)));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<List<LocalTime>, Integer> counts = new HashMap<>();
            for (Map.Entry<LocalDate, LocalTime[]> e : days.entrySet()) {
                if (e.getKey().getDayOfWeek() == day) {
                    counts.merge(List.of(e.getValue()), 1, Integer::sum);
                }
            }
            List<LocalTime> common = counts.entrySet().stream()
                    .max(Map.Entry.<List<LocalTime>, Integer>comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(List.of());
            week.put(day, common.toArray(new LocalTime[0]));
        }
        List<DayException> exceptions = new ArrayList<>();
        DayException open = null;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            LocalTime[] hours = days.get(d);
            if (Arrays.equals(hours, week.get(d.getDayOfWeek()))) {
                open = null;
                continue;
            }
            if (open != null
                    && Arrays.equals(open.hours(), hours)
                    && open.to().plusDays(1).equals(d)) {
                open = new DayException(open.from(), d, hours);
                exceptions.set(exceptions.size() - 1, open);
            } else {
                open = new DayException(d, d, hours);
                exceptions.add(open);
            }
        }
        Integer perDay = c.getMinutesPerDay();
        String name = c.getName() == null || c.getName().isBlank()
                ? "Calendar"
                : c.getName().trim();
        return new CalendarShape(name, perDay != null && perDay > 0 ? perDay : 480, week, exceptions);
    }

    static WorkCalendar calendar(ProjectCalendar c, LocalDate from, LocalDate to) {
        CalendarShape shape = shape(c, from, to);
        WorkCalendarBuilder b = WorkCalendar.builder(shape.name()).minutesPerDay(shape.minutesPerDay());
        shape.week().forEach(b::workingTimes);
        for (DayException e : shape.exceptions()) {
            b.workingTimes(e.from(), e.to(), e.hours());
        }
        return b.build();
    }

    private static LocalTime[] times(ProjectCalendarHours hours) {
        if (hours == null) {
            return new LocalTime[0];
        }
        List<LocalTime> result = new ArrayList<>();
        for (LocalTimeRange r : hours) {
            if (r.getStart() == null
                    || r.getEnd() == null
                    || r.getStart().equals(r.getEnd()) && !r.getEnd().equals(LocalTime.MIDNIGHT)) {
                continue;
            }
            result.add(r.getStart());
            result.add(r.getEnd());
        }
        return result.toArray(new LocalTime[0]);
    }
}
