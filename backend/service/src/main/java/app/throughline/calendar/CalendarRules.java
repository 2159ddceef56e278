package app.throughline.calendar;

import app.throughline.api.InvalidRequest;
import app.throughline.api.Problem.FieldError;
import app.throughline.calendar.CalendarDtos.CalendarException;
import app.throughline.calendar.CalendarDtos.WorkWeek;
import app.throughline.calendar.CalendarDtos.WorkingTime;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The rules of working times beyond their format: {@code from} before {@code to}, intervals sorted
 * and not overlapping, exceptions in date order and not overlapping. Also converts between the
 * wire shape and {@link CalendarDefinition}.
 */
final class CalendarRules {

    private static final int END_OF_DAY = 24 * 60;

    static final WorkWeek STANDARD_WEEK;

    static {
        List<WorkingTime> day = List.of(new WorkingTime("08:00", "12:00"), new WorkingTime("13:00", "17:00"));
        STANDARD_WEEK = new WorkWeek(day, day, day, day, day, List.of(), List.of());
    }

    private CalendarRules() {}

    /** Absent days become non-working (empty). */
    static WorkWeek normalise(WorkWeek week) {
        return new WorkWeek(
                list(week.mon()),
                list(week.tue()),
                list(week.wed()),
                list(week.thu()),
                list(week.fri()),
                list(week.sat()),
                list(week.sun()));
    }

    /** Sorted by start date, with absent working times as an empty list. */
    static List<CalendarException> normalise(List<CalendarException> exceptions) {
        return exceptions.stream()
                .map(e -> new CalendarException(
                        e.startDate(), e.endDate(), e.name().trim(), list(e.workingTimes())))
                .sorted(Comparator.comparing(CalendarException::startDate).thenComparing(CalendarException::endDate))
                .toList();
    }

    /** Throws 422 naming every interval or exception that breaks a rule. */
    static void check(WorkWeek week, List<CalendarException> exceptions) {
        List<FieldError> errors = new ArrayList<>();
        if (week != null) {
            byDay(week).forEach((day, times) -> checkIntervals(times, "workWeek." + key(day), errors));
            if (byDay(week).values().stream().allMatch(List::isEmpty)) {
                // nothing could ever be scheduled on it
                errors.add(new FieldError("workWeek", "must have working time on at least one day"));
            }
        }
        if (exceptions != null) {
            for (int i = 0; i < exceptions.size(); i++) {
                CalendarException exception = exceptions.get(i);
                if (exception.endDate().isBefore(exception.startDate())) {
                    errors.add(new FieldError("exceptions[" + i + "].endDate", "must not be before startDate"));
                }
                checkIntervals(list(exception.workingTimes()), "exceptions[" + i + "].workingTimes", errors);
            }
            if (errors.isEmpty()) {
                checkExceptionsDoNotOverlap(exceptions, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequest.validation(errors);
        }
    }

    private static void checkIntervals(List<WorkingTime> times, String path, List<FieldError> errors) {
        int previousEnd = -1;
        for (int i = 0; i < times.size(); i++) {
            WorkingTime time = times.get(i);
            String at = path + "[" + i + "]";
            int from = minutes(time.from());
            int to = minutes(time.to());
            if (from == END_OF_DAY) {
                errors.add(new FieldError(at + ".from", "24:00 can only end an interval"));
                return;
            }
            if (to <= from) {
                errors.add(new FieldError(at + ".to", "must be after from (" + time.from() + ")"));
                return;
            }
            if (from < previousEnd) {
                errors.add(
                        new FieldError(
                                at + ".from",
                                "overlaps the interval before it or is out of order; intervals must be sorted and must not overlap"));
                return;
            }
            previousEnd = to;
        }
    }

    private static void checkExceptionsDoNotOverlap(List<CalendarException> exceptions, List<FieldError> errors) {
        List<Integer> order = IntStream.range(0, exceptions.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> exceptions.get(i).startDate())
                        .thenComparing(i -> i))
                .toList();
        for (int k = 1; k < order.size(); k++) {
            CalendarException before = exceptions.get(order.get(k - 1));
            CalendarException after = exceptions.get(order.get(k));
            if (!after.startDate().isAfter(before.endDate())) {
                errors.add(new FieldError(
                        "exceptions[" + order.get(k) + "].startDate",
                        "overlaps the exception \"" + before.name() + "\" (" + before.startDate() + " to "
                                + before.endDate() + ")"));
            }
        }
    }

    /** The plain value of a stored (valid, normalised) calendar. */
    static CalendarDefinition definition(Calendar calendar, WorkWeek week, List<CalendarException> exceptions) {
        Map<DayOfWeek, List<CalendarDefinition.WorkingTime>> workWeek = new EnumMap<>(DayOfWeek.class);
        byDay(week)
                .forEach((day, times) -> workWeek.put(
                        day, times.stream().map(CalendarRules::time).toList()));
        List<CalendarDefinition.ExceptionRange> ranges = exceptions.stream()
                .map(e -> new CalendarDefinition.ExceptionRange(
                        e.startDate(),
                        e.endDate(),
                        e.name(),
                        list(e.workingTimes()).stream().map(CalendarRules::time).toList()))
                .toList();
        return new CalendarDefinition(
                calendar.id, calendar.workspaceId, calendar.name, calendar.isDefault, workWeek, ranges);
    }

    static Map<DayOfWeek, List<WorkingTime>> byDay(WorkWeek week) {
        Map<DayOfWeek, List<WorkingTime>> days = new EnumMap<>(DayOfWeek.class);
        days.put(DayOfWeek.MONDAY, list(week.mon()));
        days.put(DayOfWeek.TUESDAY, list(week.tue()));
        days.put(DayOfWeek.WEDNESDAY, list(week.wed()));
        days.put(DayOfWeek.THURSDAY, list(week.thu()));
        days.put(DayOfWeek.FRIDAY, list(week.fri()));
        days.put(DayOfWeek.SATURDAY, list(week.sat()));
        days.put(DayOfWeek.SUNDAY, list(week.sun()));
        return days;
    }

    private static String key(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
    }

    private static CalendarDefinition.WorkingTime time(WorkingTime time) {
        return new CalendarDefinition.WorkingTime(localTime(time.from()), localTime(time.to()));
    }

    private static LocalTime localTime(String hhmm) {
        return hhmm.equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(hhmm);
    }

    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3, 5));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
