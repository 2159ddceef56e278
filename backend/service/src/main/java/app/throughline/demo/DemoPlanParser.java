package app.throughline.demo;

import app.throughline.demo.DemoPlan.Allocation;
import app.throughline.demo.DemoPlan.DateRule;
import app.throughline.demo.DemoPlan.Link;
import app.throughline.demo.DemoPlan.Milestone;
import app.throughline.demo.DemoPlan.Project;
import app.throughline.demo.DemoPlan.Task;
import app.throughline.dependency.DependencyType;
import app.throughline.project.ProjectStatus;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the demo plan text (its format is described at the top of {@code demo/northwind-plans.txt}).
 * Leaf tasks without an explicit priority get one from a fixed random seed, so every seeded
 * database holds the same plan. A mistake in the text fails loudly, naming the line.
 */
final class DemoPlanParser {

    static final String RESOURCE = "/demo/northwind-plans.txt";
    private static final long SEED = 20261210L;
    private static final Pattern LINK =
            Pattern.compile("^(?:([A-Z]+):)?([a-z]+\\d+)(fs|ss|ff|sf)?([+-]\\d+(?:\\.\\d+)?)?$");

    private final Random random = new Random(SEED);
    private final List<Project> projects = new ArrayList<>();
    private ProjectBuilder current;

    private DemoPlanParser() {}

    /** The Northwind plans shipped with the service. */
    static DemoPlan northwind() {
        try (InputStream in = DemoPlanParser.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoPlan parse(String text) {
        DemoPlanParser parser = new DemoPlanParser();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            try {
                parser.line(lines[n].strip());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("demo plan line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        parser.finishProject();
        DemoPlan plan = new DemoPlan(List.copyOf(parser.projects));
        requireKnownPredecessors(plan);
        return plan;
    }

    private void line(String line) {
        if (line.isEmpty() || line.equals("#") || line.startsWith("# ")) {
            return;
        }
        String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        if (line.startsWith("=")) {
            finishProject();
            current = new ProjectBuilder(f);
        } else if (current == null) {
            throw new IllegalArgumentException("a task before the first project");
        } else if (line.startsWith("@")) {
            current.milestone(f);
        } else if (line.startsWith("#")) {
            current.summary(f);
        } else {
            current.task(f);
        }
    }

    private void finishProject() {
        if (current != null) {
            projects.add(current.build());
            current = null;
        }
    }

    /** Links name tasks of their own project or of one written before it, whose schedule exists first. */
    private static void requireKnownPredecessors(DemoPlan plan) {
        Set<String> known = new HashSet<>();
        for (Project project : plan.projects()) {
            project.tasks().forEach(t -> known.add(project.key() + ":" + t.ref()));
            for (Link link : project.links()) {
                String key = (link.predecessorProject() == null ? project.key() : link.predecessorProject()) + ":"
                        + link.predecessorRef();
                if (!known.contains(key)) {
                    throw new IllegalArgumentException(project.key() + " links from unknown task " + key);
                }
            }
            for (Milestone milestone : project.milestones()) {
                milestone.gateRefs().forEach(project::task);
            }
        }
    }

    private final class ProjectBuilder {
        private final String[] header;
        private final List<Task> tasks = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Milestone> milestones = new ArrayList<>();
        private final Deque<String> openSummaries = new ArrayDeque<>();
        private final Set<String> summaries = new HashSet<>();

        ProjectBuilder(String[] header) {
            if (header.length != 7) {
                throw new IllegalArgumentException(
                        "a project line has key, name, owner, status, start, target finish and description");
            }
            this.header = header;
        }

        void summary(String[] f) {
            int depth = 0;
            while (f[0].charAt(depth) == '#') {
                depth++;
            }
            while (openSummaries.size() >= depth) {
                close(openSummaries.pop());
            }
            String ref = f[0].substring(depth);
            add(new Task(
                    ref,
                    f[1],
                    openSummaries.peek(),
                    true,
                    BigDecimal.ZERO,
                    Priority.medium,
                    List.of(),
                    List.of(),
                    ConstraintType.asap,
                    Optional.empty(),
                    Optional.empty(),
                    false));
            links(f.length > 2 ? f[2] : "", ref);
            openSummaries.push(ref);
            summaries.add(ref);
        }

        void task(String[] f) {
            String ref = f[0];
            Priority priority = Priority.values()[random.nextInt(3)];
            Map<String, String> extras = extras(f.length > 5 ? f[5] : "");
            ConstraintType constraint = ConstraintType.asap;
            Optional<DateRule> constraintDate = Optional.empty();
            for (String type : List.of("snet", "mso", "fnlt")) {
                if (extras.containsKey(type)) {
                    constraint = ConstraintType.valueOf(type);
                    constraintDate = Optional.of(DateRule.parse(extras.get(type)));
                }
            }
            add(new Task(
                    ref,
                    f[1],
                    openSummaries.peek(),
                    false,
                    new BigDecimal(f[2]),
                    extras.containsKey("pri") ? Priority.valueOf(extras.get("pri")) : priority,
                    extras.containsKey("tags") ? List.of(extras.get("tags").split(",")) : List.of(),
                    people(f.length > 4 ? f[4] : ""),
                    constraint,
                    constraintDate,
                    Optional.ofNullable(extras.get("dl")).map(DateRule::parse),
                    "blocked".equals(extras.get("status"))));
            links(f[3], ref);
        }

        void milestone(String[] f) {
            List<String> gates =
                    Arrays.stream(f[2].split(",")).map(String::strip).toList();
            milestones.add(new Milestone(
                    f[0].substring(1).strip(), DateRule.parse(f[1]), gates, f[3], f[4].equals("committed")));
        }

        private void add(Task task) {
            if (tasks.stream().anyMatch(t -> t.ref().equals(task.ref()))) {
                throw new IllegalArgumentException("duplicate ref " + task.ref());
            }
            tasks.add(task);
        }

        private void close(String summary) {
            if (tasks.stream().noneMatch(t -> summary.equals(t.parentRef()))) {
                throw new IllegalArgumentException("summary " + summary + " has no tasks");
            }
        }

        private void links(String predecessors, String successor) {
            for (String token : predecessors.split(",")) {
                if (!token.isBlank()) {
                    Matcher m = LINK.matcher(token.strip());
                    if (!m.matches()) {
                        throw new IllegalArgumentException("bad link " + token);
                    }
                    links.add(new Link(
                            m.group(1),
                            m.group(2),
                            successor,
                            m.group(3) == null ? DependencyType.fs : DependencyType.valueOf(m.group(3)),
                            m.group(4) == null
                                    ? BigDecimal.ZERO
                                    : new BigDecimal(m.group(4).replace("+", ""))));
                }
            }
        }

        private List<Allocation> people(String field) {
            List<Allocation> people = new ArrayList<>();
            for (String who : field.split(",")) {
                if (!who.isBlank()) {
                    String[] p = who.strip().split(":");
                    people.add(new Allocation(p[0], new BigDecimal(p.length > 1 ? p[1] : "1")));
                }
            }
            return people;
        }

        private Map<String, String> extras(String field) {
            Map<String, String> extras = new LinkedHashMap<>();
            for (String extra : field.split("\\s+")) {
                if (!extra.isBlank()) {
                    String[] kv = extra.split("=", 2);
                    extras.put(kv[0], kv[1]);
                }
            }
            return extras;
        }

        Project build() {
            while (!openSummaries.isEmpty()) {
                close(openSummaries.pop());
            }
            return new Project(
                    header[0].substring(1).strip(),
                    header[1],
                    header[6],
                    header[2],
                    ProjectStatus.valueOf(header[3]),
                    LocalDate.parse(header[4]),
                    LocalDate.parse(header[5]),
                    List.copyOf(tasks),
                    List.copyOf(links),
                    List.copyOf(milestones));
        }
    }
}
