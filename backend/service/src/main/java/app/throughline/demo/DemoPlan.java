package app.throughline.demo;

import app.throughline.dependency.DependencyType;
import app.throughline.project.ProjectStatus;
import app.throughline.task.TaskEnums.ConstraintType;
import app.throughline.task.TaskEnums.Priority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The demo plans as plain values, read from {@code demo/northwind-plans.txt} by {@link DemoPlanParser}. */
record DemoPlan(List<DemoPlan.Project> projects) {

    record Project(
            String key,
            String name,
            String description,
            String owner,
            ProjectStatus status,
            LocalDate start,
            LocalDate targetFinish,
            List<Task> tasks,
            List<Link> links,
            List<Milestone> milestones) {

        Task task(String ref) {
            return tasks.stream()
                    .filter(t -> t.ref().equals(ref))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(key + " has no task " + ref));
        }

        /** Links whose predecessor is a task of another project. */
        List<Link> crossProjectLinks() {
            return links.stream().filter(l -> l.predecessorProject() != null).toList();
        }

        List<Link> ownLinks() {
            return links.stream().filter(l -> l.predecessorProject() == null).toList();
        }
    }

    /** A summary or leaf task in outline order; a summary has no duration, people or extras of its own. */
    record Task(
            String ref,
            String title,
            String parentRef,
            boolean summary,
            BigDecimal durationDays,
            Priority priority,
            List<String> tags,
            List<Allocation> people,
            ConstraintType constraintType,
            Optional<DateRule> constraintDate,
            Optional<DateRule> deadline,
            boolean blocked) {}

    /** {@code predecessorProject} is null for a link inside the successor's project. */
    record Link(
            String predecessorProject,
            String predecessorRef,
            String successorRef,
            DependencyType type,
            BigDecimal lagDays) {}

    record Allocation(String person, BigDecimal units) {}

    /** Due relative to the latest scheduled finish of the gating tasks. */
    record Milestone(String name, DateRule due, List<String> gateRefs, String owner, boolean committed) {}

    /** A fixed date, or a number of working days from a date the schedule decides. */
    record DateRule(LocalDate date, int workdaysFromSchedule) {

        static DateRule parse(String value) {
            if (value.startsWith("+") || value.startsWith("-")) {
                return new DateRule(null, Integer.parseInt(value.replace("+", "")));
            }
            return new DateRule(LocalDate.parse(value), 0);
        }

        boolean fixed() {
            return date != null;
        }

        LocalDate from(LocalDate scheduled) {
            return fixed() ? date : DemoWorkdays.plus(scheduled, workdaysFromSchedule);
        }
    }
}
