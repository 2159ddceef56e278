package app.throughline.schedule.engine;

import java.io.File;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

/** Reads an MS Project file with MPXJ and turns it into engine input (test support only). */
final class MspdiConverter {

    /** The converted project: engine input plus the MPXJ tasks in engine index order. */
    record Converted(ProjectFile file, ScheduleInput input, List<Task> tasks) {}

    private MspdiConverter() {}

    static Converted read(File xml) throws Exception {
        ProjectFile file = new UniversalProjectReader().read(xml);
        ProjectProperties props = file.getProjectProperties();
        LocalDateTime start = props.getStartDate();
        LocalDate from = start.toLocalDate().minusDays(90);
        LocalDate to = start.toLocalDate().plusYears(3);

        Map<ProjectCalendar, Integer> calendarIndex = new HashMap<>();
        ProjectCalendar projectCalendar = file.getDefaultCalendar();
        ScheduleInputBuilder b = ScheduleInput.builder(start, calendar(projectCalendar, from, to));
        calendarIndex.put(projectCalendar, 0);
        if (props.getStatusDate() != null) {
            b.statusDate(props.getStatusDate());
        }
        b.remainingWorkFromStatusDate(false); // MS Project does not hold unfinished work to the status date
        b.summaryFloatFromChildren(false); // MS Project measures a summary's float on its own span

        List<Task> tasks = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        for (Task task : file.getTasks()) {
            if (task.getUniqueID() == 0 || task.getNull()) {
                continue;
            }
            index.put(task.getUniqueID(), tasks.size());
            tasks.add(task);
            int minutes = task.getSummary() ? 0 : minutes(task.getDuration(), file);
            b.addTask(minutes);
        }
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            Task parent = task.getParentTask();
            if (parent != null && parent.getUniqueID() != 0) {
                b.parent(i, index.get(parent.getUniqueID()));
            }
            ProjectCalendar own = task.getCalendar();
            if (own != null && own != projectCalendar) {
                Integer c = calendarIndex.get(own);
                if (c == null) {
                    c = b.addCalendar(calendar(own, from, to));
                    calendarIndex.put(own, c);
                }
                b.calendar(i, c);
            }
            ConstraintType type = constraint(task.getConstraintType());
            if (type != ConstraintType.ASAP) {
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
                b.percentComplete(i, percent.doubleValue());
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            List<Relation> predecessors = tasks.get(i).getPredecessors();
            if (predecessors == null) {
                continue;
            }
            for (Relation r : predecessors) {
                Integer p = index.get(r.getPredecessorTask().getUniqueID());
                if (p == null) {
                    continue;
                }
                DependencyType type = switch (r.getType()) {
                    case FINISH_START -> DependencyType.FS;
                    case START_START -> DependencyType.SS;
                    case FINISH_FINISH -> DependencyType.FF;
                    case START_FINISH -> DependencyType.SF;
                };
                Duration lag = r.getLag();
                if (lag != null && lag.getUnits() == TimeUnit.PERCENT) {
                    b.addDependencyWithPercentLag(p, i, type, lag.getDuration());
                } else {
                    b.addDependency(p, i, type, lag == null ? 0 : minutes(lag, file));
                }
            }
        }
        return new Converted(file, b.build(), tasks);
    }

    static int minutes(Duration d, ProjectFile file) {
        if (d == null) {
            return 0;
        }
        return (int) Math.round(
                d.convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration());
    }

    private static ConstraintType constraint(org.mpxj.ConstraintType type) {
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

    /**
     * The weekly pattern from MPXJ's week, then every date in the window whose working times
     * differ (holidays, exceptions, inherited from base calendars) as an exception.
     */
    static WorkCalendar calendar(ProjectCalendar c, LocalDate from, LocalDate to) {
        WorkCalendarBuilder b = WorkCalendar.builder(c.getName() == null ? "calendar" : c.getName());
        Integer minutesPerDay = c.getMinutesPerDay();
        if (minutesPerDay != null && minutesPerDay > 0) {
            b.minutesPerDay(minutesPerDay);
        }
        Map<DayOfWeek, LocalTime[]> week = new HashMap<>();
        // a week's pattern: the most common working times of that weekday in the window
        for (DayOfWeek day : DayOfWeek.values()) {
            Map<List<LocalTime>, Integer> counts = new HashMap<>();
            for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                if (d.getDayOfWeek() == day) {
                    counts.merge(List.of(times(c.getHours(d))), 1, Integer::sum);
                }
            }
            List<LocalTime> common = counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(List.of());
            LocalTime[] hours = common.toArray(new LocalTime[0]);
            week.put(day, hours);
            b.workingTimes(day, hours);
        }
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            LocalTime[] hours = times(c.getHours(d));
            if (!java.util.Arrays.equals(hours, week.get(d.getDayOfWeek()))) {
                b.workingTimes(d, d, hours);
            }
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
