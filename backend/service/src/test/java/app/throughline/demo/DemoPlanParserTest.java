package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.throughline.demo.DemoPlan.Link;
import app.throughline.demo.DemoPlan.Project;
import app.throughline.demo.DemoPlan.Task;
import app.throughline.dependency.DependencyType;
import app.throughline.task.TaskEnums.ConstraintType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo plan text reads into the projects the demo promises; mistakes in it fail naming the line. */
class DemoPlanParserTest {

    private static final DemoPlan NORTHWIND = DemoPlanParser.northwind();

    @Test
    void shouldReadFiveProjectsRichEnoughToShowEveryPlanningFeature() {
        assertThat(NORTHWIND.projects()).extracting(Project::key).containsExactly("BRD", "WEB", "APP", "DATA", "CMP");
        List<Task> tasks =
                NORTHWIND.projects().stream().flatMap(p -> p.tasks().stream()).toList();
        assertThat(tasks).hasSizeBetween(160, 220);
        assertThat(tasks).filteredOn(Task::summary).hasSizeGreaterThanOrEqualTo(15);
        List<Link> links =
                NORTHWIND.projects().stream().flatMap(p -> p.links().stream()).toList();
        assertThat(links).extracting(Link::type).contains(DependencyType.values());
        assertThat(NORTHWIND.projects().stream().flatMap(p -> p.crossProjectLinks().stream()))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(NORTHWIND.projects().stream()
                        .mapToInt(p -> p.milestones().size())
                        .sum())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldBookPriyaFullTimeOnTheWebsiteDesignAndTheLogoAlike() {
        assertThat(project("WEB").task("w10").people())
                .anyMatch(a -> a.person().equals("Priya") && a.units().compareTo(BigDecimal.ONE) == 0);
        assertThat(project("BRD").task("b13").people())
                .anyMatch(a -> a.person().equals("Priya") && a.units().compareTo(BigDecimal.ONE) == 0);
    }

    @Test
    void shouldNestSubPhasesUnderTheirPhase() {
        Project brand = project("BRD");
        assertThat(brand.task("b12").parentRef()).isEqualTo("b11");
        assertThat(brand.task("b13").parentRef()).isEqualTo("b12");
        assertThat(brand.task("b16").parentRef()).isEqualTo("b11");
        assertThat(brand.task("b25").parentRef()).isNull();
    }

    @Test
    void shouldReadLinksWithTypeAndLagAndDatesRelativeToTheSchedule() {
        Link link = project("BRD").links().stream()
                .filter(l ->
                        l.successorRef().equals("b19") && l.predecessorRef().equals("b14"))
                .findFirst()
                .orElseThrow();
        assertThat(link.type()).isEqualTo(DependencyType.ff);
        assertThat(link.lagDays()).isEqualByComparingTo("2");

        Task approval = project("BRD").task("b15");
        assertThat(approval.constraintType()).isEqualTo(ConstraintType.fnlt);
        assertThat(approval.constraintDate().orElseThrow().fixed()).isFalse();
        assertThat(approval.constraintDate().orElseThrow().workdaysFromSchedule())
                .isEqualTo(-2);
        assertThat(project("WEB").task("w17").constraintDate().orElseThrow().fixed())
                .isTrue();
        assertThat(project("APP").task("a24").blocked()).isTrue();
    }

    @Test
    void shouldRefuseALinkToATaskThatDoesNotExistNamingTheProject() {
        String text = """
                = ONE | One | Casey | active | 2026-11-02 | 2027-01-29 | A project
                t1 | First | 1 | OTHER:x1 | Casey:1 |
                """;

        assertThatThrownBy(() -> DemoPlanParser.parse(text)).hasMessageContaining("OTHER:x1");
    }

    @Test
    void shouldRefuseASummaryWithoutTasksNamingTheLine() {
        String text = """
                = ONE | One | Casey | active | 2026-11-02 | 2027-01-29 | A project
                #s1 | Empty phase
                #s2 | Next phase
                t3 | Work | 1 | | |
                """;

        assertThatThrownBy(() -> DemoPlanParser.parse(text))
                .hasMessageContaining("line 3")
                .hasMessageContaining("s1");
    }

    private static Project project(String key) {
        return NORTHWIND.projects().stream()
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
