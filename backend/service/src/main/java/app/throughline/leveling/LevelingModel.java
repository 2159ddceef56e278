package app.throughline.leveling;

import app.throughline.capacity.CalendarDays;
import app.throughline.capacity.CapacityRepository.AssignmentLoad;
import app.throughline.capacity.CapacityRepository.PersonRow;
import app.throughline.capacity.CapacityRepository.TimeOffRow;
import app.throughline.capacity.WorkspaceCalendars.Calendars;
import app.throughline.dependency.CycleDetected;
import app.throughline.leveling.engine.DependencyType;
import app.throughline.leveling.engine.LevelingProblem;
import app.throughline.leveling.engine.LevelingProblemBuilder;
import app.throughline.leveling.engine.PrecedenceCycleException;
import app.throughline.leveling.engine.ResourceCapacity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns stored schedules into the levelling core's problem and back. Periods are the working days
 * of one calendar (the project's, or the workspace default for a workspace); activities are the
 * leaf tasks, released at their scheduled early start; resources are the assigned people with
 * capacity {@code maxUnits × 100} a day (scaled by their own calendar's hours against the grid's),
 * 0 on time off, less the work other projects already put on them; demand is {@code units × 100}.
 */
final class LevelingModel {

    /** A leaf task with its stored schedule. */
    record TaskRow(
            UUID id,
            UUID projectId,
            String priority,
            boolean fixed,
            LocalDateTime earlyStart,
            LocalDateTime earlyFinish) {}

    /** A dependency as stored. */
    record LinkRow(UUID predecessorId, UUID successorId, String type, double lagDays) {}

    /** An assignment of a leaf task. */
    record AssignmentRow(UUID taskId, UUID personId, double units) {}

    /** Everything read from the database for one levelling. */
    record Input(
            List<TaskRow> tasks,
            Map<UUID, UUID> parentOf,
            List<LinkRow> links,
            List<AssignmentRow> assignments,
            List<PersonRow> people,
            List<TimeOffRow> timeOff,
            List<AssignmentLoad> otherWork,
            Calendars calendars,
            UUID gridCalendarId,
            LocalDate origin) {}

    final List<TaskRow> tasks;
    final List<PersonRow> resources;
    final CalendarDays grid;
    final LocalDate origin;
    final int[] dayOfPeriod;
    final int[] durations;
    final int[] baseStarts;
    final boolean[] fixed;
    final LevelingProblem problem;

    private LevelingModel(
            List<TaskRow> tasks,
            List<PersonRow> resources,
            CalendarDays grid,
            LocalDate origin,
            int[] dayOfPeriod,
            int[] durations,
            int[] baseStarts,
            boolean[] fixed,
            LevelingProblem problem) {
        this.tasks = tasks;
        this.resources = resources;
        this.grid = grid;
        this.origin = origin;
        this.dayOfPeriod = dayOfPeriod;
        this.durations = durations;
        this.baseStarts = baseStarts;
        this.fixed = fixed;
        this.problem = problem;
    }

    /** How many days the calendars must cover from {@code origin}: long enough for any levelled schedule, at most 20 years. */
    static int horizonDays(LocalDate origin, List<TaskRow> tasks) {
        long span = 0;
        long work = 0;
        for (TaskRow task : tasks) {
            span = Math.max(
                    span, ChronoUnit.DAYS.between(origin, task.earlyFinish().toLocalDate()) + 1);
            work += ChronoUnit.DAYS.between(
                            task.earlyStart().toLocalDate(), task.earlyFinish().toLocalDate())
                    + 1;
        }
        return (int) Math.min(span + work + 14, 20 * 366);
    }

    static LevelingModel build(Input input) {
        CalendarDays grid = input.calendars().of(input.gridCalendarId());
        int days = grid.days();
        int[] periodOfDay = new int[days + 1]; // index of the first working day on or after the day
        List<Integer> working = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            periodOfDay[d] = working.size();
            if (grid.minutes(d) > 0) {
                working.add(d);
            }
        }
        periodOfDay[days] = working.size();
        int[] dayOfPeriod = working.stream().mapToInt(Integer::intValue).toArray();
        int periods = dayOfPeriod.length;

        List<TaskRow> tasks = input.tasks();
        int n = tasks.size();
        LevelingProblemBuilder builder = LevelingProblem.builder();
        Map<UUID, Integer> activityOf = new HashMap<>();
        int[] releases = new int[n];
        int[] durations = new int[n];
        boolean[] fixed = new boolean[n];
        for (int a = 0; a < n; a++) {
            TaskRow task = tasks.get(a);
            int start = startPeriod(grid, periodOfDay, input.origin(), task.earlyStart());
            int finish = finishPeriod(grid, periodOfDay, input.origin(), task.earlyFinish());
            durations[a] = task.earlyFinish().isAfter(task.earlyStart()) ? Math.max(1, finish - start) : 0;
            releases[a] = Math.min(start, Math.max(0, periods - 1));
            fixed[a] = task.fixed();
            builder.addActivity(durations[a]);
            builder.setPriority(a, task.fixed() ? 1000 : priority(task.priority()));
            activityOf.put(task.id(), a);
        }

        List<int[]> precedences = new ArrayList<>(); // predecessor, successor, start-to-start distance
        Map<UUID, List<UUID>> childrenOf = new HashMap<>();
        input.parentOf().forEach((child, parent) -> {
            if (parent != null) {
                childrenOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
            }
        });
        for (LinkRow link : input.links()) {
            DependencyType type = type(link.type());
            // a summary predecessor constrains through its finish (the latest of its leaves) only
            boolean byFinish = type == DependencyType.FINISH_TO_START || type == DependencyType.FINISH_TO_FINISH;
            List<Integer> predecessors = leaves(link.predecessorId(), activityOf, childrenOf, byFinish);
            List<Integer> successors = leaves(link.successorId(), activityOf, childrenOf, true);
            int lag = (int) Math.ceil(link.lagDays() - 1e-9);
            for (int p : predecessors) {
                for (int s : successors) {
                    builder.addDependency(p, s, type, lag);
                    precedences.add(new int[] {p, s, type.startToStartDistance(durations[p], durations[s], lag)});
                }
            }
        }

        Map<UUID, Integer> resourceOf = new HashMap<>();
        List<PersonRow> resources = new ArrayList<>();
        Map<UUID, PersonRow> people = new HashMap<>();
        input.people().forEach(p -> people.put(p.id(), p));
        for (AssignmentRow assignment : input.assignments()) {
            PersonRow person = people.get(assignment.personId());
            Integer a = activityOf.get(assignment.taskId());
            if (person == null || a == null) {
                continue;
            }
            Integer r = resourceOf.get(person.id());
            if (r == null) {
                r = builder.addResource(capacity(person, input, grid, dayOfPeriod));
                resourceOf.put(person.id(), r);
                resources.add(person);
            }
            // more units than the person can ever give cannot be levelled away; they count as fully booked
            int steady = steadyCapacity(person, input, grid, dayOfPeriod);
            builder.setDemand(a, r, Math.min((int) Math.round(assignment.units() * 100), steady));
        }

        try {
            builder.build(); // rejects cycles, naming them
        } catch (PrecedenceCycleException e) {
            List<UUID> cycle = e.cycle().stream().map(a -> tasks.get(a).id()).toList();
            throw new CycleDetected(
                    cycle, "The tasks to level have a dependency cycle over " + cycle.size() + " tasks; see `cycle`");
        }
        // the stored dates honour every dependency in minutes; rounding to days may not, so start from a
        // forward pass in periods, so that only the resources move work
        int[] baseStarts = forwardPass(n, releases, precedences);
        for (int a = 0; a < n; a++) {
            builder.setReleaseDate(a, baseStarts[a]);
        }
        return new LevelingModel(
                tasks, resources, grid, input.origin(), dayOfPeriod, durations, baseStarts, fixed, builder.build());
    }

    /** The date of a period (periods past the grid's end continue five a week). */
    LocalDate dateOf(int period) {
        if (period < dayOfPeriod.length) {
            return origin.plusDays(dayOfPeriod[period]);
        }
        int last = dayOfPeriod.length - 1;
        LocalDate date = last < 0 ? origin : origin.plusDays(dayOfPeriod[last]);
        int beyond = period - last;
        return date.plusDays(beyond / 5 * 7L + beyond % 5);
    }

    /** The first working time of the grid on the period's day. */
    LocalDateTime startOf(int period) {
        LocalDate date = dateOf(period);
        int day = (int) ChronoUnit.DAYS.between(origin, date);
        if (day < grid.days()) {
            for (int minute = 0; minute < 24 * 60; minute += 1) {
                if (grid.minutesWithin(
                                day, date.atStartOfDay(), date.atStartOfDay().plusMinutes(minute + 1L))
                        > 0) {
                    return date.atStartOfDay().plusMinutes(minute);
                }
            }
        }
        return date.atStartOfDay();
    }

    /** Working hours of the grid on a period's day. */
    double hoursOf(int period) {
        return period < dayOfPeriod.length ? grid.minutes(dayOfPeriod[period]) / 60.0 : 8.0;
    }

    /**
     * A person's capacity per period: {@code maxUnits × 100}, scaled by their own working week
     * against the grid's as a whole (a four-day week of 8 h is 80 %) rather than leaving zero-capacity
     * holes on their days off — a hole inside every window a task could occupy would push it out forever.
     */
    private static int steadyCapacity(PersonRow person, Input input, CalendarDays grid, int[] dayOfPeriod) {
        CalendarDays own = input.calendars().of(person.calendarId());
        long ownMinutes = 0;
        long gridMinutes = 0;
        for (int day : dayOfPeriod) {
            ownMinutes += own.minutes(day);
            gridMinutes += grid.minutes(day);
        }
        double weekShare = gridMinutes == 0 ? 1.0 : Math.min(1.0, (double) ownMinutes / gridMinutes);
        return (int) Math.round(person.maxUnits() * 100 * weekShare);
    }

    private static ResourceCapacity capacity(PersonRow person, Input input, CalendarDays grid, int[] dayOfPeriod) {
        int periods = dayOfPeriod.length;
        int full = steadyCapacity(person, input, grid, dayOfPeriod);
        int[] byPeriod = new int[periods];
        java.util.Arrays.fill(byPeriod, full);
        int profile = 0; // periods after the last difference from the steady capacity are left out
        for (TimeOffRow off : input.timeOff()) {
            if (off.personId().equals(person.id())) {
                for (int t = periodAtOrAfter(dayOfPeriod, input.origin(), off.startDate());
                        t < periods && !input.origin().plusDays(dayOfPeriod[t]).isAfter(off.endDate());
                        t++) {
                    byPeriod[t] = 0;
                    profile = Math.max(profile, t + 1);
                }
            }
        }
        for (AssignmentLoad load : input.otherWork()) {
            if (!load.personId().equals(person.id())) {
                continue;
            }
            CalendarDays calendar = input.calendars().ofProject(load.projectId());
            for (int t = periodAtOrAfter(
                            dayOfPeriod, input.origin(), load.earlyStart().toLocalDate());
                    t < periods
                            && !input.origin()
                                    .plusDays(dayOfPeriod[t])
                                    .isAfter(load.earlyFinish().toLocalDate());
                    t++) {
                int day = dayOfPeriod[t];
                int minutes = calendar.minutesWithin(day, load.earlyStart(), load.earlyFinish());
                byPeriod[t] -= (int) Math.round(load.units() * 100 * minutes / grid.minutes(day));
                profile = Math.max(profile, t + 1);
            }
        }
        for (int t = 0; t < periods; t++) {
            byPeriod[t] = Math.max(0, byPeriod[t]);
            if (byPeriod[t] != full) {
                profile = Math.max(profile, t + 1);
            }
        }
        return ResourceCapacity.of(java.util.Arrays.copyOf(byPeriod, profile), full);
    }

    private static int periodAtOrAfter(int[] dayOfPeriod, LocalDate origin, LocalDate date) {
        long day = ChronoUnit.DAYS.between(origin, date);
        int lo = 0;
        int hi = dayOfPeriod.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dayOfPeriod[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int startPeriod(CalendarDays grid, int[] periodOfDay, LocalDate origin, LocalDateTime start) {
        int day = clampDay(grid, origin, start.toLocalDate());
        int period = periodOfDay[day];
        if (day < grid.days() && grid.minutes(day) > 0 && grid.minutesFrom(day, start) == 0) {
            period++; // starts after the day's work is over
        }
        return period;
    }

    private static int finishPeriod(CalendarDays grid, int[] periodOfDay, LocalDate origin, LocalDateTime finish) {
        int day = clampDay(grid, origin, finish.toLocalDate());
        if (day < grid.days()
                && grid.minutes(day) > 0
                && grid.minutesWithin(day, finish.toLocalDate().atStartOfDay(), finish) > 0) {
            return periodOfDay[day] + 1;
        }
        return periodOfDay[day];
    }

    private static int clampDay(CalendarDays grid, LocalDate origin, LocalDate date) {
        return (int) Math.max(0, Math.min(grid.days(), ChronoUnit.DAYS.between(origin, date)));
    }

    private static int[] forwardPass(int n, int[] releases, List<int[]> precedences) {
        int[] starts = releases.clone();
        int[] missing = new int[n];
        Map<Integer, List<int[]>> out = new HashMap<>();
        for (int[] p : precedences) {
            missing[p[1]]++;
            out.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int a = 0; a < n; a++) {
            if (missing[a] == 0) {
                ready.add(a);
            }
        }
        while (!ready.isEmpty()) {
            int a = ready.poll();
            for (int[] p : out.getOrDefault(a, List.of())) {
                starts[p[1]] = Math.max(starts[p[1]], starts[a] + p[2]);
                if (--missing[p[1]] == 0) {
                    ready.add(p[1]);
                }
            }
        }
        return starts;
    }

    private static List<Integer> leaves(
            UUID taskId, Map<UUID, Integer> activityOf, Map<UUID, List<UUID>> childrenOf, boolean expand) {
        Integer own = activityOf.get(taskId);
        if (own != null) {
            return List.of(own);
        }
        List<Integer> result = new ArrayList<>();
        if (!expand || !childrenOf.containsKey(taskId)) {
            return result; // a task outside the levelled projects, or a summary's start: its dates stay as they are
        }
        ArrayDeque<UUID> pending = new ArrayDeque<>(childrenOf.get(taskId));
        while (!pending.isEmpty()) {
            UUID id = pending.poll();
            Integer a = activityOf.get(id);
            if (a != null) {
                result.add(a);
            }
            pending.addAll(childrenOf.getOrDefault(id, List.of()));
        }
        return result;
    }

    private static DependencyType type(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "ss" -> DependencyType.START_TO_START;
            case "ff" -> DependencyType.FINISH_TO_FINISH;
            case "sf" -> DependencyType.START_TO_FINISH;
            default -> DependencyType.FINISH_TO_START;
        };
    }

    private static int priority(String priority) {
        return switch (priority == null ? "medium" : priority) {
            case "urgent" -> 30;
            case "high" -> 20;
            case "low" -> 0;
            default -> 10;
        };
    }
}
