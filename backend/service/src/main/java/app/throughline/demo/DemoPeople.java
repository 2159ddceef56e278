package app.throughline.demo;

import app.throughline.calendar.Calendar;
import app.throughline.calendar.CalendarDtos.CalendarException;
import app.throughline.calendar.CalendarDtos.CalendarPatch;
import app.throughline.calendar.CalendarDtos.CreateCalendar;
import app.throughline.calendar.CalendarDtos.WorkWeek;
import app.throughline.calendar.CalendarDtos.WorkingTime;
import app.throughline.calendar.CalendarRepository;
import app.throughline.calendar.CalendarService;
import app.throughline.demo.DemoSeeder.DemoWorkspaceSeeded;
import app.throughline.person.Person;
import app.throughline.person.PersonDtos.CreatePerson;
import app.throughline.person.PersonDtos.CreateTimeOff;
import app.throughline.person.PersonService;
import app.throughline.person.TimeOffService;
import app.throughline.platform.Today;
import app.throughline.team.Team;
import app.throughline.team.TeamService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people of the demo workspace "Northwind Agency": five cross-functional teams, part-timers,
 * the coordinator on a four-day week, time off over the winter and a Christmas break on the calendars.
 * Runs before the demo projects are seeded (which assign these people by name). Time off moves by
 * the same whole weeks as the plans (see {@link DemoProjects#WRITTEN_FOR}), so who is away during
 * which task stays as written whenever the demo is seeded.
 */
@ApplicationScoped
class DemoPeople {

    static final LocalDate HOLIDAY_START = LocalDate.of(2026, 12, 24);
    static final LocalDate HOLIDAY_END = LocalDate.of(2027, 1, 1);

    private record Member(String name, String team, double units, boolean fourDayWeek) {}

    private record Away(String name, String from, String to, String reason) {}

    private static final List<String[]> TEAMS = List.of(
            new String[] {"Account management", "Client relationships, scoping and delivery coordination"},
            new String[] {"Design", "Brand, UX and visual design"},
            new String[] {"Engineering", "Web and app development"},
            new String[] {"Marketing", "Campaigns, SEO and analytics"},
            new String[] {"Content", "Copywriting, editing and video"});

    private static final List<Member> PEOPLE = List.of(
            new Member("Olivia Bennett", "Account management", 1.0, false),
            new Member("Marcus Reed", "Account management", 0.8, false),
            new Member("Priya Natarajan", "Design", 1.0, false),
            new Member("Lukas Meyer", "Design", 1.0, false),
            new Member("Sofia Alvarez", "Design", 0.5, false),
            new Member("Hannah Kim", "Design", 1.0, false),
            new Member("Daniel Okafor", "Engineering", 1.0, false),
            new Member("Mei Chen", "Engineering", 1.0, false),
            new Member("Tomasz Nowak", "Engineering", 1.0, false),
            new Member("Aisha Rahman", "Engineering", 1.0, false),
            new Member("Ravi Patel", "Engineering", 0.8, false),
            new Member("Jonas Berg", "Engineering", 1.0, false),
            new Member("Grace Liu", "Marketing", 1.0, false),
            new Member("Ethan Brooks", "Marketing", 1.0, false),
            new Member("Chloé Martin", "Marketing", 0.8, false),
            new Member("Noah Fischer", "Content", 1.0, false),
            new Member("Amara Osei", "Content", 1.0, false),
            new Member("Liam O'Connor", "Content", 0.5, false),
            new Member("Elena Petrova", "Content", 1.0, false));

    private static final List<Away> TIME_OFF = List.of(
            new Away("Tomasz Nowak", "2027-02-02", "2027-02-03", "Medical appointment"),
            new Away("Priya Natarajan", "2026-12-17", "2026-12-23", "Vacation"),
            new Away("Mei Chen", "2027-02-15", "2027-02-19", "Vacation"),
            new Away("Daniel Okafor", "2027-01-04", "2027-01-15", "Parental leave"),
            new Away("Noah Fischer", "2027-01-18", "2027-01-22", "Conference"),
            new Away("Amara Osei", "2027-01-25", "2027-02-05", "Vacation"),
            new Away("Grace Liu", "2027-02-08", "2027-02-12", "Ski trip"),
            new Away("Olivia Bennett", "2027-02-15", "2027-02-19", "Vacation"));

    private final TeamService teams;
    private final CalendarService calendars;
    private final CalendarRepository calendarRepository;
    private final PersonService people;
    private final TimeOffService timeOff;
    private final Today today;

    DemoPeople(
            TeamService teams,
            CalendarService calendars,
            CalendarRepository calendarRepository,
            PersonService people,
            TimeOffService timeOff,
            Today today) {
        this.today = today;
        this.teams = teams;
        this.calendars = calendars;
        this.calendarRepository = calendarRepository;
        this.people = people;
        this.timeOff = timeOff;
    }

    void seed(@Observes @Priority(10) DemoWorkspaceSeeded event) {
        UUID workspace = event.workspaceId();
        List<CalendarException> holidays =
                List.of(new CalendarException(HOLIDAY_START, HOLIDAY_END, "Christmas and New Year", List.of()));

        Calendar standard = calendarRepository.findDefault(workspace).orElseThrow();
        calendars.update(standard, new CalendarPatch(null, null, holidays));
        List<WorkingTime> day = List.of(new WorkingTime("08:00", "12:00"), new WorkingTime("13:00", "17:00"));
        Calendar fourDays = calendars.create(
                workspace,
                new CreateCalendar(
                        "Four-day week", new WorkWeek(day, day, day, day, List.of(), List.of(), List.of()), holidays),
                false);

        Map<String, UUID> teamIds = new HashMap<>();
        for (String[] team : TEAMS) {
            Team created = teams.create(workspace, team[0], team[1]);
            teamIds.put(team[0], created.id);
        }

        Map<String, Person> byName = new HashMap<>();
        // the coordinator who signs in is a person too, so "my work" finds them; they work Monday to Thursday
        byName.put(
                "Casey Coordinator",
                people.insert(
                        workspace,
                        new CreatePerson(
                                "Casey Coordinator",
                                DemoSeeder.EMAIL,
                                event.ownerUserId(),
                                teamIds.get("Account management"),
                                fourDays.id,
                                BigDecimal.ONE)));
        for (Member member : PEOPLE) {
            String email =
                    member.name()
                                    .split(" ")[0]
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace("é", "e")
                                    .replace("'", "") + "@northwind.example";
            byName.put(
                    member.name(),
                    people.insert(
                            workspace,
                            new CreatePerson(
                                    member.name(),
                                    email,
                                    null,
                                    teamIds.get(member.team()),
                                    member.fourDayWeek() ? fourDays.id : null,
                                    BigDecimal.valueOf(member.units()))));
        }

        long shiftWeeks = DemoProjects.shiftWeeks(today.date());
        for (Away away : TIME_OFF) {
            timeOff.create(
                    byName.get(away.name()),
                    new CreateTimeOff(
                            LocalDate.parse(away.from()).plusWeeks(shiftWeeks),
                            LocalDate.parse(away.to()).plusWeeks(shiftWeeks),
                            away.reason()));
        }
    }
}
