package app.throughline.demo;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.demo.DemoSeeder.DemoWorkspaceSeeded;
import app.throughline.dependency.DependencyType;
import app.throughline.planning.PlanChanged;
import app.throughline.project.ProjectStatus;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.TaskStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * The client projects of the demo workspace "Northwind Agency": five projects with a realistic
 * work breakdown (phases, sub-phases, leaf tasks), all four dependency types with leads and lags,
 * links across projects, constraints, deadlines (some too tight, so float goes negative),
 * progress up to the status date, assignments (one designer booked full time on parallel work in
 * two projects) and milestones, some of them clearly at risk.
 *
 * <p>The plan is written as compact text below and turned into rows by {@link Plan}, which also
 * runs a rough forward pass in working days (weekends and the Christmas break off) to place the
 * relative dates and the progress: a task whose planned finish lies before the status date is
 * done, one that straddles it is in progress. Everything is fixed data plus a fixed random seed,
 * so every seeded database holds the same plan. Rows go in with JDBC batches.
 */
@ApplicationScoped
class DemoProjects {

    private static final Logger LOG = Logger.getLogger(DemoProjects.class);

    static final LocalDate STATUS_DATE = LocalDate.of(2026, 11, 25);
    private static final long SEED = 20261210L;

    record ProjectSpec(
            String key,
            String name,
            String description,
            String owner,
            ProjectStatus status,
            LocalDate start,
            LocalDate targetFinish,
            String plan) {}

    // Line formats (fields separated by "|"):
    //   #ref | summary title | predecessors          ("##" for a sub-phase; a summary closes summaries at its depth or
    // deeper)
    //   ref | title | duration days | predecessors | people | extras
    //   @ milestone name | due | gating refs | owner | committed|tentative
    // predecessors: ref[type][lag], e.g. w12, w12ss+2, w12ff-1, BRD:b15 (another project); type defaults to fs
    // people: Firstname:units; extras: tags=a,b pri=high status=blocked snet= mso= fnlt= dl= (a date, or +n/-n working
    // days
    // relative to the task's computed start for snet/mso and to its computed finish for fnlt/dl)
    static final List<ProjectSpec> PROJECTS = List.of(
            new ProjectSpec(
                    "BRD",
                    "Tailspin brand refresh",
                    "New visual identity, tone of voice and guidelines for Tailspin Toys.",
                    "Casey",
                    ProjectStatus.active,
                    LocalDate.of(2026, 11, 9),
                    LocalDate.of(2027, 2, 26),
                    """
                    #b1 | Research & audit
                    b2 | Kickoff & brand workshop | 1 | | Casey:1, Priya:0.5 | tags=client,workshop pri=high
                    b3 | Brand perception survey | 6 | b2 | Grace:0.5, Chloe:1 | tags=research
                    b4 | Visual identity audit | 3 | b2 | Priya:1 | tags=research,design
                    b5 | Audit findings presentation | 0.5 | b3, b4 | Casey:1, Priya:1 | tags=client
                    #b6 | Brand strategy | b5
                    b7 | Positioning & values | 4 | | Elena:1, Casey:0.5 | tags=strategy
                    b8 | Naming & tagline options | 3 | b7ss+2 | Elena:1, Amara:0.5 | tags=copy
                    b9 | Tone of voice guide | 4 | b7 | Amara:1 | tags=copy
                    b10 | Strategy approval | 0 | b8, b9 | Casey | tags=client,approval
                    #b11 | Visual identity
                    ##b12 | Logo
                    b13 | Logo exploration | 6 | b7ss+1 | Priya:1 | tags=design pri=high
                    b14 | Logo refinement | 4 | b13, b10 | Priya:1, Sofia:0.5 | tags=design
                    b15 | Logo client approval | 0 | b14 | Casey | tags=client,approval fnlt=-2
                    ##b16 | Colour & typography
                    b17 | Colour palette | 3 | b13ss+2 | Hannah:1 | tags=design
                    b18 | Type system & font licences | 2 | b17 | Hannah:1 | tags=design,legal
                    b19 | Iconography set | 5 | b18ss+1, b14ff+2 | Sofia:1 | tags=design
                    ##b20 | Brand applications
                    b21 | Stationery & office templates | 4 | b15 | Sofia:1 | tags=design
                    b22 | Social media kit | 3 | b15, b18 | Hannah:1, Chloe:0.5 | tags=design,social
                    b23 | Signage mock-ups | 3 | b15 | Lukas:0.5 | tags=design
                    b24 | Packaging refresh concepts | 5 | b15ss+1, b17 | Hannah:1 | tags=design
                    #b25 | Guidelines & rollout
                    b26 | Brand guidelines document | 6 | b21ss+2, b22 | Priya:1, Amara:0.5 | tags=design,docs
                    b27 | Asset library handover | 2 | b26ff+0 | Lukas:1 | tags=handover
                    b28 | Internal launch event | 1 | b26 | Casey:1, Noah:1 | tags=event mso=+2
                    b29 | Brand guidelines final | 0 | b26, b27 | Casey | tags=client,approval dl=+3
                    b30 | Retire legacy assets | 3 | b29sf+5 | Liam:0.5 | tags=housekeeping pri=low
                    b31 | Rollout support for Tailspin teams | 5 | b29 | Marcus:0.5 | tags=client
                    @ Strategy approved | +2 | b10 | Casey | committed
                    @ Logo approved by Tailspin | -3 | b15 | Priya | committed
                    @ Brand guidelines delivered | +5 | b29 | Casey | committed
                    """),
            new ProjectSpec(
                    "WEB",
                    "Contoso website relaunch",
                    "Relaunch of contoso.com on a new CMS with a design system and migrated content.",
                    "Olivia",
                    ProjectStatus.active,
                    LocalDate.of(2026, 11, 2),
                    LocalDate.of(2027, 3, 19),
                    """
                    #w1 | Discovery & strategy
                    w2 | Kickoff workshop with Contoso | 1 | | Olivia:1, Casey:0.5 | tags=client,workshop pri=high
                    w3 | Stakeholder interviews | 4 | w2 | Olivia:0.5, Lukas:0.5 | tags=research
                    w4 | Analytics & content audit | 5 | w2ss+1 | Grace:0.5, Noah:1 | tags=research,seo
                    w5 | Competitor benchmark | 3 | w2 | Lukas:1 | tags=research
                    w6 | Sitemap & information architecture | 4 | w3, w4ff+1 | Lukas:1 | tags=ux
                    w7 | Strategy sign-off | 0 | w6, w5 | Olivia | tags=client,approval
                    #w8 | UX & visual design
                    w9 | Wireframes for key templates | 6 | w7 | Lukas:1 | tags=ux pri=high
                    w10 | Visual design concepts | 8 | w9ss+3 | Priya:1, Hannah:0.5 | tags=design pri=high
                    w11 | Design system components | 6 | w10ss+4 | Hannah:1 | tags=design
                    w12 | Client design review | 1 | w10 | Olivia:1, Priya:0.5 | tags=client,approval dl=+0
                    w13 | Design revisions | 3 | w12 | Priya:1 | tags=design
                    w14 | Accessibility review | 2 | w13ff+1 | Sofia:0.5 | tags=a11y,qa
                    #w15 | Build | w7
                    ##w16 | Backend & CMS
                    w17 | Hosting & environments | 3 | | Tomasz:1 | tags=devops snet=2026-11-23
                    w18 | CMS setup & content model | 5 | w17, w6 | Mei:1 | tags=cms
                    w19 | Integrations (CRM, search) | 8 | w18ss+2 | Tomasz:1 | tags=integration
                    w20 | Redirect map | 2 | w6 | Noah:0.5, Mei:0.5 | tags=seo
                    w21 | Forms & consent management | 3 | w18 | Aisha:0.5 | tags=legal
                    ##w22 | Frontend
                    w23 | Page template build | 10 | w11ss+2, w18 | Daniel:1, Aisha:1 | tags=frontend pri=high
                    w24 | Component library in code | 8 | w11ss+1 | Jonas:1 | tags=frontend
                    w25 | Search results page | 3 | w23ss+4, w19ff-2 | Jonas:1 | tags=frontend
                    w26 | Responsive QA fixes | 4 | w23ff+1 | Aisha:1 | tags=frontend,qa
                    #w27 | Content
                    w28 | Copywriting for core pages | 8 | w6 | Elena:1, Noah:0.5 | tags=copy
                    w29 | Photography & media | 5 | w10 | Sofia:1 | tags=media
                    w30 | Content migration | 6 | w18, w28ss+3 | Noah:1, Liam:0.5 | tags=migration
                    w31 | SEO metadata | 3 | w30ff+0 | Grace:0.5 | tags=seo
                    w32 | Legal pages & cookie banner copy | 2 | w28 | Amara:0.5 | tags=legal,copy
                    #w33 | Launch
                    w34 | UAT with Contoso | 5 | w23, w30 | Olivia:0.5, Mei:0.5 | tags=client,qa
                    w35 | Performance & security testing | 3 | w26 | Tomasz:1 | tags=qa
                    w36 | Go-live | 0 | w34, w35, w31, w20 | Mei | tags=launch,client pri=urgent dl=-3
                    w37 | Legacy site hosting wind-down | 2 | w36sf+2 | Tomasz:0.5 | tags=devops pri=low
                    w38 | Post-launch hypercare | 5 | w36 | Mei:0.5, Tomasz:0.5 | tags=support
                    w39 | Project retrospective | 0.5 | w38 | Olivia:1, Casey:1 | tags=internal
                    @ Design signed off | +3 | w12, w13 | Priya | committed
                    @ Content complete | -4 | w30, w31 | Noah | committed
                    @ Website live | -2 | w36 | Olivia | committed
                    """),
            new ProjectSpec(
                    "APP",
                    "Tailspin mobile app launch",
                    "Booking app for iOS and Android with accounts, offline mode and push notifications.",
                    "Marcus",
                    ProjectStatus.active,
                    LocalDate.of(2026, 11, 16),
                    LocalDate.of(2027, 4, 30),
                    """
                    #a1 | Discovery
                    a2 | Kickoff with Tailspin | 1 | | Marcus:1 | tags=client pri=high
                    a3 | User research interviews | 5 | a2 | Lukas:1 | tags=research,ux
                    a4 | Feature prioritisation workshop | 1 | a3 | Marcus:1, Lukas:0.5, Daniel:0.5 | tags=workshop
                    a5 | Technical architecture | 4 | a2ss+2 | Daniel:1, Ravi:0.5 | tags=architecture
                    a6 | Scope sign-off | 0 | a4, a5 | Marcus | tags=client,approval
                    #a7 | Design | a6
                    a8 | User flows | 3 | | Lukas:1 | tags=ux
                    a9 | Wireframes | 5 | a8ss+1 | Lukas:1 | tags=ux
                    a10 | UI design | 8 | a9ss+3, BRD:b15 | Hannah:1, Priya:0.5 | tags=design pri=high
                    a11 | Interactive prototype | 3 | a10ff+1 | Hannah:1 | tags=ux
                    a12 | Usability testing | 3 | a11 | Lukas:1, Sofia:0.5 | tags=research
                    #a13 | Development
                    ##a14 | Backend
                    a15 | API design | 3 | a5 | Ravi:1 | tags=api
                    a16 | Auth & accounts service | 6 | a15 | Ravi:0.8 | tags=api,security
                    a17 | Booking API | 8 | a15ss+2 | Tomasz:0.5, Aisha:0.5 | tags=api pri=high
                    a18 | Push notification service | 4 | a16 | Ravi:1 | tags=api
                    a19 | Analytics SDK integration | 2 | a17ff+0 | Tomasz:0.5 | tags=analytics
                    ##a20 | Mobile apps
                    a21 | App shell & navigation | 5 | a9, a15 | Jonas:1 | tags=ios,android
                    a22 | Onboarding screens | 4 | a21, a10ss+4 | Jonas:1 | tags=ios,android
                    a23 | Booking flow | 8 | a21, a17ss+3 | Aisha:1, Jonas:0.5 | tags=ios,android pri=high
                    a24 | Offline mode | 5 | a23ss+3 | Aisha:1 | tags=ios,android status=blocked
                    a25 | App icon & splash screen | 1 | BRD:b15, a10 | Sofia:0.5 | tags=design
                    a26 | Crash reporting | 1.5 | a21 | Jonas:0.5 | tags=ios,android
                    ##a27 | Quality
                    a28 | Test plan | 2 | a6 | Mei:0.5 | tags=qa snet=+3
                    a29 | Automated UI tests | 6 | a23ss+2, a28 | Mei:1 | tags=qa
                    a30 | Beta testing (TestFlight & Play) | 8 | a23, a24ff+0 | Marcus:0.5, Mei:0.5 | tags=qa,client
                    a31 | Bug fixing | 5 | a30ss+3 | Aisha:1, Jonas:1 | tags=qa
                    #a32 | Launch
                    a33 | App store listing & screenshots | 3 | a25, BRD:b29 | Amara:1, Hannah:0.5 | tags=store,copy
                    a34 | Privacy review & store submission | 2 | a31, a33 | Ravi:0.5, Marcus:0.5 | tags=store,legal
                    a35 | Store review | 5 | a34 | | tags=store
                    a36 | Launch announcement | 1 | a35ff+0 | Chloe:1, Amara:0.5 | tags=marketing
                    a37 | Public launch | 0 | a35, a36 | Marcus | tags=launch pri=urgent dl=+5
                    a38 | Redirect old booking site to the app | 1 | a37sf-1 | Tomasz:0.5 | tags=devops
                    @ Scope agreed | +1 | a6 | Marcus | committed
                    @ Beta ready | -5 | a23, a24 | Daniel | committed
                    @ Store launch | +3 | a37 | Marcus | tentative
                    """),
            new ProjectSpec(
                    "DATA",
                    "Contoso analytics dashboard",
                    "Marketing and sales dashboard for Contoso fed by web analytics and the CRM.",
                    "Ethan",
                    ProjectStatus.planned,
                    LocalDate.of(2027, 1, 11),
                    LocalDate.of(2027, 4, 16),
                    """
                    #d1 | Requirements
                    d2 | KPI workshop with Contoso | 1 | | Ethan:1, Olivia:0.5 | tags=client,workshop
                    d3 | KPI definitions | 3 | d2 | Ethan:1 | tags=analytics
                    d4 | Data source inventory | 3 | d2ss+0 | Tomasz:0.5 | tags=analytics
                    d5 | Requirements sign-off | 0 | d3, d4 | Ethan | tags=client,approval
                    #d6 | Data pipeline
                    d7 | Tracking plan | 2 | d3, WEB:w23ss+5 | Grace:1 | tags=analytics
                    d8 | Tracking implementation on the website | 4 | d7, WEB:w23 | Jonas:0.5 | tags=analytics,frontend
                    d9 | Warehouse schema | 4 | d5 | Tomasz:1 | tags=data
                    d10 | ETL jobs for web analytics | 5 | d9, d8ss+2 | Tomasz:1, Ravi:0.5 | tags=data
                    d11 | ETL jobs for the CRM | 5 | d9 | Ravi:1 | tags=data
                    d12 | Data quality checks | 3 | d10ff+1, d11ff+1 | Mei:0.5 | tags=data,qa
                    #d13 | Dashboard
                    ##d14 | Design
                    d15 | Dashboard wireframes | 3 | d5 | Lukas:1 | tags=ux
                    d16 | Visual design | 4 | d15 | Priya:1 | tags=design
                    ##d17 | Build
                    d18 | Dashboard framework | 4 | d16ss+2, d9 | Daniel:1 | tags=frontend
                    d19 | Traffic & acquisition views | 4 | d18, d10 | Daniel:1 | tags=frontend
                    d20 | Sales funnel views | 5 | d18, d11 | Aisha:0.5 | tags=frontend
                    d21 | Executive summary page | 3 | d19, d20ss+2 | Daniel:1 | tags=frontend
                    d22 | Access control & SSO | 3 | d18ss+1 | Ravi:0.5 | tags=security
                    d23 | Performance tuning | 2 | d21ff+0 | Tomasz:0.5 | tags=data
                    #d24 | Rollout
                    d25 | UAT with Contoso analysts | 4 | d21, d12 | Ethan:1 | tags=client,qa
                    d26 | Training sessions | 2 | d25ff+1 | Ethan:1, Grace:0.5 | tags=client,training
                    d27 | User documentation | 3 | d21 | Liam:0.5 | tags=docs
                    d28 | Dashboard live | 0 | d25, d26, d27 | Ethan | tags=launch fnlt=+3
                    d29 | Retire legacy Excel reports | 2 | d28sf+3 | Ethan:0.5 | tags=housekeeping pri=low
                    @ Data pipeline ready | +2 | d12 | Tomasz | tentative
                    @ Dashboard live | +5 | d28 | Ethan | committed
                    """),
            new ProjectSpec(
                    "CMP",
                    "Contoso spring campaign",
                    "Integrated spring campaign for the relaunched Contoso site: video, paid social, search, print and PR.",
                    "Grace",
                    ProjectStatus.planned,
                    LocalDate.of(2027, 1, 18),
                    LocalDate.of(2027, 5, 14),
                    """
                    #c1 | Planning
                    c2 | Campaign brief | 2 | | Grace:1 | tags=strategy pri=high
                    c3 | Audience & channel plan | 3 | c2 | Grace:1, Chloe:0.5 | tags=strategy
                    c4 | Media budget approval | 0 | c3 | Grace | tags=client,approval
                    #c5 | Creative
                    c6 | Creative concept | 5 | c3 | Hannah:1, Elena:0.5 | tags=creative
                    c7 | Key visual | 4 | c6 | Priya:1 | tags=design
                    c8 | Campaign copy | 4 | c6ss+2 | Elena:1 | tags=copy
                    c9 | Video storyboard | 3 | c6 | Noah:1 | tags=video
                    c10 | Video production | 8 | c9, c7ss+1 | Noah:1, Liam:0.5 | tags=video pri=high
                    c11 | Creative approval | 0 | c7, c8, c10ff-2 | Grace | tags=client,approval
                    #c12 | Channels
                    ##c13 | Digital
                    c14 | Campaign landing page | 4 | c11, WEB:w36 | Aisha:0.5, Elena:0.5 | tags=web
                    c15 | Paid social ads | 3 | c11 | Chloe:1 | tags=social
                    c16 | Search ads | 2 | c11, c14ss+1 | Ethan:0.5 | tags=sem
                    c17 | Email sequence | 3 | c8 | Amara:1 | tags=email
                    c18 | Influencer partnerships | 6 | c6ss+3 | Chloe:0.5 | tags=social
                    ##c19 | Offline
                    c20 | Print ads | 3 | c11 | Sofia:1 | tags=print
                    c21 | Out-of-home booking | 1 | c4 | Grace:0.5 | tags=media fnlt=2027-02-05
                    c22 | PR outreach | 5 | c11ss+0 | Chloe:0.8 | tags=pr
                    #c23 | Launch & measure
                    c24 | Campaign launch | 0 | c14, c15, c16, c17, c20 | Grace | tags=launch pri=urgent mso=+1
                    c25 | Campaign monitoring | 15 | c24 | Ethan:0.5, Chloe:0.5 | tags=analytics
                    c26 | Mid-flight optimisation | 2 | c25ss+7 | Ethan:1 | tags=analytics
                    c27 | Wrap-up report | 3 | c25 | Grace:1, Ethan:0.5 | tags=client,report
                    @ Creative approved | +2 | c11 | Grace | committed
                    @ Campaign live | -1 | c24 | Grace | committed
                    """));

    private final EntityManager entityManager;
    private final ActivityLog activity;
    private final Event<PlanChanged> planChanged;

    DemoProjects(EntityManager entityManager, ActivityLog activity, Event<PlanChanged> planChanged) {
        this.entityManager = entityManager;
        this.activity = activity;
        this.planChanged = planChanged;
    }

    void seed(@Observes @Priority(20) DemoWorkspaceSeeded event) {
        long started = System.nanoTime();
        Plan plan = Plan.build(PROJECTS);
        entityManager.flush();
        entityManager
                .unwrap(Session.class)
                .doWork(connection -> new Writer(connection, event.workspaceId(), plan).write());
        // like any change to a plan, the seeded plans get their schedules computed before the seeding commits
        for (ProjectPlan project : plan.projects) {
            planChanged.fire(new PlanChanged(project.id()));
        }
        LOG.infof(
                "Seeded %d demo projects with %d tasks and %d dependencies in %d ms",
                plan.projects.size(), plan.taskCount(), plan.links.size(), (System.nanoTime() - started) / 1_000_000);
    }

    // ---------------------------------------------------------------- the plan as plain values

    record Link(Node predecessor, Node successor, DependencyType type, BigDecimal lag) {}

    record Allocation(String person, BigDecimal units) {}

    record MilestoneSpec(
            String project, String name, LocalDate due, List<Node> gates, String owner, boolean committed) {}

    static final class Node {
        final String project;
        final String ref;
        final String title;
        final Node parent;
        final boolean summary;
        final List<Node> children = new ArrayList<>();
        final List<Link> predecessors = new ArrayList<>();
        final List<Allocation> people = new ArrayList<>();
        final UUID id = UUID.randomUUID();
        int number;
        int position;
        double duration;
        String[] tags = new String[0];
        app.throughline.task.TaskEnums.Priority priority;
        ConstraintType constraintType = ConstraintType.asap;
        LocalDate constraintDate;
        LocalDate deadline;
        TaskStatus status = TaskStatus.todo;
        BigDecimal percentComplete = BigDecimal.ZERO;
        LocalDate actualStart;
        LocalDate actualFinish;
        double floor; // earliest start the enclosing summaries allow
        double earlyStart;
        double earlyFinish;
        boolean closed;

        Node(String project, String ref, String title, Node parent, boolean summary) {
            this.project = project;
            this.ref = ref;
            this.title = title;
            this.parent = parent;
            this.summary = summary;
        }
    }

    record ProjectPlan(ProjectSpec spec, UUID id, List<Node> tasks, List<MilestoneSpec> milestones) {}

    /** Parses the specs and places the tasks with a rough forward pass in working days. */
    static final class Plan {

        private static final LocalDate EPOCH = LocalDate.of(2026, 11, 2);
        private static final Pattern LINK =
                Pattern.compile("^(?:([A-Z]+):)?([a-z]+\\d+)(fs|ss|ff|sf)?([+-]\\d+(?:\\.\\d+)?)?$");

        final List<ProjectPlan> projects = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        private final Map<String, Node> byKey = new HashMap<>();
        private final List<LocalDate> workdays = new ArrayList<>();
        private final Random random = new Random(SEED);

        static Plan build(List<ProjectSpec> specs) {
            Plan plan = new Plan();
            for (ProjectSpec spec : specs) {
                plan.projects.add(plan.parse(spec));
            }
            return plan;
        }

        private Plan() {
            for (LocalDate d = EPOCH; workdays.size() < 800; d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                boolean holiday = !d.isBefore(LocalDate.of(2026, 12, 24)) && !d.isAfter(LocalDate.of(2027, 1, 1));
                if (!weekend && !holiday) {
                    workdays.add(d);
                }
            }
        }

        int taskCount() {
            return projects.stream().mapToInt(p -> p.tasks().size()).sum();
        }

        Node node(String project, String ref) {
            return byKey.get(project + ":" + ref);
        }

        LocalDate startDate(Node n) {
            return workdays.get((int) Math.floor(n.earlyStart + 1e-9));
        }

        LocalDate finishDate(Node n) {
            return workdays.get(finishIndex(n));
        }

        /** The working day on which the node finishes (a zero-length task finishes the day it starts). */
        int finishIndex(Node n) {
            if (n.earlyFinish - n.earlyStart < 1e-9) {
                return (int) Math.floor(n.earlyStart + 1e-9);
            }
            return (int) Math.ceil(n.earlyFinish - 1e-9) - 1;
        }

        private int index(LocalDate date) {
            for (int i = 0; i < workdays.size(); i++) {
                if (!workdays.get(i).isBefore(date)) {
                    return i;
                }
            }
            throw new IllegalStateException("beyond the demo calendar: " + date);
        }

        private ProjectPlan parse(ProjectSpec spec) {
            List<Node> tasks = new ArrayList<>();
            List<MilestoneSpec> milestones = new ArrayList<>();
            Deque<Node> open = new ArrayDeque<>();
            Map<Object, Integer> nextPosition = new HashMap<>();
            double projectStart = index(spec.start());
            double statusIndex = index(STATUS_DATE);
            boolean tracking = spec.status() == ProjectStatus.active;
            for (String raw : spec.plan().strip().split("\n")) {
                String line = raw.strip();
                String[] f =
                        Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
                if (line.startsWith("@")) {
                    List<Node> gates = Arrays.stream(f[2].split(","))
                            .map(r -> resolve(spec.key(), r.strip()))
                            .toList();
                    int base = gates.stream().mapToInt(this::finishIndex).max().orElseThrow();
                    LocalDate due = relative(f[1], base);
                    milestones.add(new MilestoneSpec(
                            spec.key(), f[0].substring(1).strip(), due, gates, f[3], f[4].equals("committed")));
                    continue;
                }
                int depth = 0;
                while (line.charAt(depth) == '#') {
                    depth++;
                }
                boolean summary = depth > 0;
                if (summary) {
                    while (!open.isEmpty() && depthOf(open.peek()) >= depth) {
                        close(open.pop(), tracking, statusIndex);
                    }
                }
                Node parent = open.peek();
                String ref = f[0].substring(depth);
                Node node = new Node(spec.key(), ref, f[1], parent, summary);
                if (byKey.put(spec.key() + ":" + ref, node) != null) {
                    throw new IllegalStateException("duplicate ref " + ref);
                }
                node.number = tasks.size() + 1;
                node.position = nextPosition.merge(parent == null ? "root" : parent, 1, Integer::sum) - 1;
                if (parent != null) {
                    parent.children.add(node);
                }
                tasks.add(node);
                double start = Math.max(projectStart, parent == null ? 0 : parent.floor);
                String predecessors = summary ? (f.length > 2 ? f[2] : "") : f[3];
                for (String token : predecessors.split(",")) {
                    if (!token.isBlank()) {
                        Link link = link(spec.key(), token.strip(), node);
                        links.add(link);
                        node.predecessors.add(link);
                    }
                }
                if (summary) {
                    node.floor = Math.max(start, earliest(node, 0));
                    open.push(node);
                    continue;
                }
                node.priority = app.throughline.task.TaskEnums.Priority.values()[random.nextInt(3)];
                node.duration = Double.parseDouble(f[2]);
                if (f.length > 4) {
                    for (String who : f[4].split(",")) {
                        if (!who.isBlank()) {
                            String[] p = who.strip().split(":");
                            node.people.add(new Allocation(p[0], new BigDecimal(p.length > 1 ? p[1] : "1")));
                        }
                    }
                }
                Map<String, String> extras = new LinkedHashMap<>();
                if (f.length > 5) {
                    for (String extra : f[5].split("\\s+")) {
                        if (!extra.isBlank()) {
                            String[] kv = extra.split("=", 2);
                            extras.put(kv[0], kv[1]);
                        }
                    }
                }
                start = Math.max(start, earliest(node, node.duration));
                if (extras.containsKey("tags")) {
                    node.tags = extras.get("tags").split(",");
                }
                if (extras.containsKey("pri")) {
                    node.priority = app.throughline.task.TaskEnums.Priority.valueOf(extras.get("pri"));
                }
                if (extras.containsKey("snet")) {
                    node.constraintType = ConstraintType.snet;
                    node.constraintDate = relative(extras.get("snet"), (int) Math.floor(start + 1e-9));
                    start = Math.max(start, index(node.constraintDate));
                }
                if (extras.containsKey("mso")) {
                    node.constraintType = ConstraintType.mso;
                    node.constraintDate = relative(extras.get("mso"), (int) Math.floor(start + 1e-9));
                    start = index(node.constraintDate);
                }
                node.earlyStart = start;
                node.earlyFinish = start + node.duration;
                int finishIndex = finishIndex(node);
                if (extras.containsKey("fnlt")) {
                    node.constraintType = ConstraintType.fnlt;
                    node.constraintDate = relative(extras.get("fnlt"), finishIndex);
                }
                if (extras.containsKey("dl")) {
                    node.deadline = relative(extras.get("dl"), finishIndex);
                }
                node.closed = true;
                progress(node, tracking, statusIndex);
                if (extras.containsKey("status") && node.status != TaskStatus.done) {
                    node.status = TaskStatus.valueOf(extras.get("status"));
                }
            }
            while (!open.isEmpty()) {
                close(open.pop(), tracking, statusIndex);
            }
            return new ProjectPlan(spec, UUID.randomUUID(), tasks, milestones);
        }

        private static int depthOf(Node node) {
            int depth = 0;
            for (Node n = node; n != null; n = n.parent) {
                depth++;
            }
            return depth;
        }

        private Node resolve(String project, String ref) {
            Node node = byKey.get(project + ":" + ref);
            if (node == null || !node.closed) {
                throw new IllegalStateException(
                        project + ":" + ref + " is unknown or not finished when it is referenced");
            }
            return node;
        }

        private Link link(String project, String token, Node successor) {
            Matcher m = LINK.matcher(token);
            if (!m.matches()) {
                throw new IllegalStateException("bad link " + token);
            }
            Node predecessor = resolve(m.group(1) == null ? project : m.group(1), m.group(2));
            DependencyType type = m.group(3) == null ? DependencyType.fs : DependencyType.valueOf(m.group(3));
            BigDecimal lag = m.group(4) == null
                    ? BigDecimal.ZERO
                    : new BigDecimal(m.group(4).replace("+", ""));
            return new Link(predecessor, successor, type, lag);
        }

        /** The earliest start the node's own predecessors allow, for a duration. */
        private static double earliest(Node node, double duration) {
            double start = 0;
            for (Link link : node.predecessors) {
                Node p = link.predecessor();
                double lag = link.lag().doubleValue();
                start = Math.max(
                        start,
                        switch (link.type()) {
                            case fs -> p.earlyFinish + lag;
                            case ss -> p.earlyStart + lag;
                            case ff -> p.earlyFinish + lag - duration;
                            case sf -> p.earlyStart + lag - duration;
                        });
            }
            return start;
        }

        private void progress(Node node, boolean tracking, double statusIndex) {
            if (!tracking || node.earlyStart >= statusIndex) {
                return;
            }
            node.actualStart = startDate(node);
            if (node.earlyFinish <= statusIndex) {
                node.status = TaskStatus.done;
                node.percentComplete = BigDecimal.valueOf(100);
                node.actualFinish = finishDate(node);
            } else {
                double done = (statusIndex - node.earlyStart) / node.duration * 100;
                node.percentComplete = BigDecimal.valueOf(Math.max(5, Math.min(95, Math.round(done / 5) * 5)));
                node.status = random.nextInt(4) == 0 ? TaskStatus.review : TaskStatus.in_progress;
            }
        }

        private void close(Node summary, boolean tracking, double statusIndex) {
            if (summary.children.isEmpty()) {
                throw new IllegalStateException("summary " + summary.ref + " has no tasks");
            }
            summary.earlyStart = summary.children.stream()
                    .mapToDouble(c -> c.earlyStart)
                    .min()
                    .orElseThrow();
            summary.earlyFinish = summary.children.stream()
                    .mapToDouble(c -> c.earlyFinish)
                    .max()
                    .orElseThrow();
            summary.duration = summary.earlyFinish - summary.earlyStart;
            summary.priority = app.throughline.task.TaskEnums.Priority.medium;
            summary.closed = true;
            double weight = summary.children.stream()
                    .mapToDouble(c -> Math.max(c.duration, 0.1))
                    .sum();
            double done = summary.children.stream()
                    .mapToDouble(c -> Math.max(c.duration, 0.1) * c.percentComplete.doubleValue())
                    .sum();
            summary.percentComplete = BigDecimal.valueOf(done / weight).setScale(0, RoundingMode.HALF_UP);
            boolean allDone = summary.children.stream().allMatch(c -> c.status == TaskStatus.done);
            summary.actualStart = summary.children.stream()
                    .map(c -> c.actualStart)
                    .filter(d -> d != null)
                    .min(LocalDate::compareTo)
                    .orElse(null);
            if (allDone) {
                summary.status = TaskStatus.done;
                summary.percentComplete = BigDecimal.valueOf(100);
                summary.actualFinish = summary.children.stream()
                        .map(c -> c.actualFinish)
                        .max(LocalDate::compareTo)
                        .orElseThrow();
            } else if (summary.actualStart != null) {
                summary.status = TaskStatus.in_progress;
            }
        }

        private LocalDate relative(String value, int baseIndex) {
            if (value.startsWith("+") || value.startsWith("-")) {
                return workdays.get(baseIndex + Integer.parseInt(value.replace("+", "")));
            }
            return LocalDate.parse(value);
        }
    }

    // ---------------------------------------------------------------- rows

    private final class Writer {
        private final Connection connection;
        private final UUID workspace;
        private final Plan plan;
        private final Map<String, UUID> people = new HashMap<>();
        private final PreparedStatement log;
        private int pendingLog;

        Writer(Connection connection, UUID workspace, Plan plan) throws SQLException {
            this.connection = connection;
            this.workspace = workspace;
            this.plan = plan;
            this.log = connection.prepareStatement("""
                    INSERT INTO activity (workspace_id, project_id, entity_type, entity_id, action, actor_id, changes)
                    VALUES (?, ?, ?, ?, 'created', NULL, CAST(? AS jsonb))
                    """);
        }

        void write() throws SQLException {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT id, name FROM people WHERE workspace_id = ?")) {
                select.setObject(1, workspace);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        people.put(firstName(rows.getString(2)), rows.getObject(1, UUID.class));
                    }
                }
            }
            insertProjects();
            insertTasks();
            insertDependencies();
            insertAssignments();
            insertMilestones();
            log.executeBatch();
            log.close();
        }

        private UUID person(String firstName) {
            UUID id = people.get(firstName);
            if (id == null) {
                throw new IllegalStateException("no demo person called " + firstName);
            }
            return id;
        }

        private void insertProjects() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO projects (id, workspace_id, key, name, description, owner_id, status, start_date, target_finish_date,
                        status_date, next_task_number)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (ProjectPlan p : plan.projects) {
                    ProjectSpec s = p.spec();
                    LocalDate statusDate = s.status() == ProjectStatus.active ? STATUS_DATE : null;
                    insert.setObject(1, p.id());
                    insert.setObject(2, workspace);
                    insert.setString(3, s.key());
                    insert.setString(4, s.name());
                    insert.setString(5, s.description());
                    insert.setObject(6, person(s.owner()));
                    insert.setString(7, s.status().name());
                    insert.setDate(8, Date.valueOf(s.start()));
                    insert.setDate(9, Date.valueOf(s.targetFinish()));
                    setDate(insert, 10, statusDate);
                    insert.setInt(11, p.tasks().size());
                    insert.addBatch();
                    log(
                            p.id(),
                            "project",
                            p.id(),
                            new Changes()
                                    .snapshot("key", s.key(), true)
                                    .snapshot("name", s.name(), true)
                                    .snapshot("description", s.description(), true)
                                    .snapshot("ownerId", person(s.owner()), true)
                                    .snapshot("status", s.status(), true)
                                    .snapshot("startDate", s.start(), true)
                                    .snapshot("targetFinishDate", s.targetFinish(), true)
                                    .snapshot("statusDate", statusDate, true));
                }
                insert.executeBatch();
            }
        }

        private UUID projectId(String key) {
            return plan.projects.stream()
                    .filter(p -> p.spec().key().equals(key))
                    .findFirst()
                    .orElseThrow()
                    .id();
        }

        private void insertTasks() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO tasks (id, workspace_id, project_id, parent_id, number, position, title, status, priority, duration_days,
                        constraint_type, constraint_date, deadline, percent_complete, actual_start, actual_finish, tags)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)) {
                for (ProjectPlan p : plan.projects) {
                    for (Node t : p.tasks()) { // parents come before their children
                        BigDecimal duration = BigDecimal.valueOf(t.duration)
                                .setScale(1, RoundingMode.HALF_UP)
                                .stripTrailingZeros();
                        UUID parent = t.parent == null ? null : t.parent.id;
                        insert.setObject(1, t.id);
                        insert.setObject(2, workspace);
                        insert.setObject(3, p.id());
                        insert.setObject(4, parent);
                        insert.setInt(5, t.number);
                        insert.setInt(6, t.position);
                        insert.setString(7, t.title);
                        insert.setString(8, t.status.name());
                        insert.setString(9, t.priority.name());
                        insert.setBigDecimal(10, duration);
                        insert.setString(11, t.constraintType.name());
                        setDate(insert, 12, t.constraintDate);
                        setDate(insert, 13, t.deadline);
                        insert.setBigDecimal(14, t.percentComplete);
                        setDate(insert, 15, t.actualStart);
                        setDate(insert, 16, t.actualFinish);
                        insert.setArray(17, connection.createArrayOf("varchar", t.tags));
                        insert.addBatch();
                        log(
                                p.id(),
                                "task",
                                t.id,
                                new Changes()
                                        .snapshot("number", t.number, true)
                                        .snapshot("title", t.title, true)
                                        .snapshot("parentId", parent, true)
                                        .snapshot("status", t.status, true)
                                        .snapshot("priority", t.priority, true)
                                        .snapshot("durationDays", duration, true)
                                        .snapshot("constraintType", t.constraintType, true)
                                        .snapshot("constraintDate", t.constraintDate, true)
                                        .snapshot("deadline", t.deadline, true)
                                        .snapshot("percentComplete", t.percentComplete, true)
                                        .snapshot("actualStart", t.actualStart, true)
                                        .snapshot("actualFinish", t.actualFinish, true)
                                        .snapshot("tags", t.tags.length == 0 ? null : Arrays.asList(t.tags), true));
                    }
                }
                insert.executeBatch();
            }
        }

        private void insertDependencies() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO dependencies (id, workspace_id, predecessor_id, successor_id, type, lag_days) VALUES (?, ?, ?, ?, ?, ?)
                    """)) {
                for (Link link : plan.links) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setObject(2, workspace);
                    insert.setObject(3, link.predecessor().id);
                    insert.setObject(4, link.successor().id);
                    insert.setString(5, link.type().name());
                    insert.setBigDecimal(6, link.lag());
                    insert.addBatch();
                    log(
                            projectId(link.successor().project),
                            "dependency",
                            id,
                            new Changes()
                                    .snapshot("predecessorId", link.predecessor().id, true)
                                    .snapshot("successorId", link.successor().id, true)
                                    .snapshot("type", link.type(), true)
                                    .snapshot("lagDays", link.lag(), true));
                }
                insert.executeBatch();
            }
        }

        private void insertAssignments() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO assignments (id, workspace_id, task_id, person_id, units) VALUES (?, ?, ?, ?, ?)
                    """)) {
                for (ProjectPlan p : plan.projects) {
                    for (Node t : p.tasks()) {
                        for (Allocation a : t.people) {
                            UUID id = UUID.randomUUID();
                            insert.setObject(1, id);
                            insert.setObject(2, workspace);
                            insert.setObject(3, t.id);
                            insert.setObject(4, person(a.person()));
                            insert.setBigDecimal(5, a.units());
                            insert.addBatch();
                            log(
                                    p.id(),
                                    "assignment",
                                    id,
                                    new Changes()
                                            .snapshot("taskId", t.id, true)
                                            .snapshot("personId", person(a.person()), true)
                                            .snapshot("units", a.units(), true));
                        }
                    }
                }
                insert.executeBatch();
            }
        }

        private void insertMilestones() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO milestones (id, workspace_id, project_id, name, due_date, owner_id, committed) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """);
                    PreparedStatement gate = connection.prepareStatement(
                            "INSERT INTO milestone_gates (milestone_id, task_id) VALUES (?, ?)")) {
                for (ProjectPlan p : plan.projects) {
                    for (MilestoneSpec m : p.milestones()) {
                        UUID id = UUID.randomUUID();
                        insert.setObject(1, id);
                        insert.setObject(2, workspace);
                        insert.setObject(3, p.id());
                        insert.setString(4, m.name());
                        insert.setDate(5, Date.valueOf(m.due()));
                        insert.setObject(6, person(m.owner()));
                        insert.setBoolean(7, m.committed());
                        insert.addBatch();
                        List<UUID> gates = m.gates().stream().map(g -> g.id).toList();
                        for (UUID task : gates) {
                            gate.setObject(1, id);
                            gate.setObject(2, task);
                            gate.addBatch();
                        }
                        log(
                                p.id(),
                                "milestone",
                                id,
                                new Changes()
                                        .snapshot("name", m.name(), true)
                                        .snapshot("dueDate", m.due(), true)
                                        .snapshot("ownerId", person(m.owner()), true)
                                        .snapshot("committed", m.committed(), true)
                                        .snapshot("gatingTaskIds", gates, true));
                    }
                }
                insert.executeBatch();
                gate.executeBatch();
            }
        }

        private void log(UUID projectId, String type, UUID entity, Changes changes) throws SQLException {
            log.setObject(1, workspace);
            log.setObject(2, projectId);
            log.setString(3, type);
            log.setObject(4, entity);
            log.setString(5, activity.toJson(changes.fields()));
            log.addBatch();
            if (++pendingLog == 500) {
                log.executeBatch();
                pendingLog = 0;
            }
        }
    }

    /** "Chloé Martin" is "Chloe" in the plan above. */
    static String firstName(String name) {
        return Normalizer.normalize(name.split(" ")[0], Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
