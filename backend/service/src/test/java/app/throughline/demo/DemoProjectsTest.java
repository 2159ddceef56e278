package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The demo workspace holds several client projects rich enough to show every planning feature, seeded once. */
@QuarkusTest
class DemoProjectsTest {

    @Inject
    DemoSeeder seeder;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldSeedTheNorthwindProjectsOnce() {
        long tasksBefore = count("tasks");
        long dependenciesBefore = count("dependencies");
        long projectsBefore = count("projects");
        assertThat(seeder.seedOnce()).as("a second seeding").isFalse();
        assertThat(count("tasks")).isEqualTo(tasksBefore);
        assertThat(count("dependencies")).isEqualTo(dependenciesBefore);
        assertThat(count("projects")).isEqualTo(projectsBefore);

        String token = Api.login(DemoSeeder.EMAIL, DemoSeeder.PASSWORD);
        Supplier<RequestSpecification> coordinator =
                () -> RestAssured.given().header("Authorization", "Bearer " + token);
        String workspace = coordinator
                .get()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("memberships[0].workspaceId");

        assertThat(coordinator
                        .get()
                        .get("/api/v1/workspaces/{id}/teams", workspace)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(coordinator
                        .get()
                        .queryParam("limit", 100)
                        .get("/api/v1/workspaces/{id}/people", workspace)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .hasSizeGreaterThanOrEqualTo(15);

        JsonPath projects = coordinator
                .get()
                .queryParam("limit", 100)
                .get("/api/v1/workspaces/{id}/projects", workspace)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> projectIds = projects.getList("items.id");
        assertThat(projectIds).hasSizeGreaterThanOrEqualTo(4);
        assertThat(projects.getList("items.key", String.class)).contains("WEB", "APP", "CMP", "BRD", "DATA");
        assertThat(projects.getList("items.ownerId")).doesNotContainNull();

        List<Map<String, Object>> tasks = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Set<String> crossProject = new HashSet<>();
        int milestones = 0;
        for (String project : projectIds) {
            List<Map<String, Object>> own = coordinator
                    .get()
                    .queryParam("limit", 500)
                    .get("/api/v1/projects/{id}/tasks", project)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            tasks.addAll(own);
            Set<Object> ownIds =
                    new HashSet<>(own.stream().map(t -> t.get("id")).toList());
            List<Map<String, Object>> links = coordinator
                    .get()
                    .queryParam("limit", 500)
                    .get("/api/v1/projects/{id}/dependencies", project)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            for (Map<String, Object> link : links) {
                types.put((String) link.get("id"), (String) link.get("type"));
                if (!ownIds.contains(link.get("predecessorId")) || !ownIds.contains(link.get("successorId"))) {
                    crossProject.add((String) link.get("id"));
                }
            }
            milestones += coordinator
                    .get()
                    .get("/api/v1/projects/{id}/milestones", project)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items")
                    .size();
        }
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(150);
        assertThat(tasks).filteredOn(t -> Boolean.TRUE.equals(t.get("summary"))).hasSizeGreaterThanOrEqualTo(15);
        assertThat(tasks).filteredOn(t -> "done".equals(t.get("status"))).isNotEmpty();
        assertThat(tasks)
                .filteredOn(t -> !"asap".equals(t.get("constraintType")))
                .isNotEmpty();
        assertThat(tasks).filteredOn(t -> t.get("deadline") != null).isNotEmpty();
        assertThat(tasks)
                .filteredOn(t -> !((List<?>) t.get("assignments")).isEmpty())
                .hasSizeGreaterThan(100);
        assertThat(new HashSet<>(types.values())).containsExactlyInAnyOrder("fs", "ss", "ff", "sf");
        assertThat(crossProject).hasSizeGreaterThanOrEqualTo(2);
        assertThat(milestones).isGreaterThanOrEqualTo(10);
    }

    @Test
    void shouldPlanOverAllocationAndMilestonesAtRisk() {
        DemoProjects.Plan plan = DemoProjects.Plan.build(DemoProjects.PROJECTS);
        assertThat(plan.taskCount()).isBetween(160, 220);

        // Priya is booked full time on the website's visual design and the Tailspin logo at the same time
        DemoProjects.Node website = plan.node("WEB", "w10");
        DemoProjects.Node logo = plan.node("BRD", "b13");
        assertThat(website.people)
                .anyMatch(a -> a.person().equals("Priya") && a.units().doubleValue() == 1.0);
        assertThat(logo.people)
                .anyMatch(a -> a.person().equals("Priya") && a.units().doubleValue() == 1.0);
        assertThat(website.earlyStart).isLessThan(logo.earlyFinish);
        assertThat(logo.earlyStart).isLessThan(website.earlyFinish);

        List<DemoProjects.MilestoneSpec> all =
                plan.projects.stream().flatMap(p -> p.milestones().stream()).toList();
        assertThat(all)
                .anyMatch(
                        m -> m.gates().stream().anyMatch(g -> plan.finishDate(g).isAfter(m.due())));
        assertThat(all)
                .anyMatch(
                        m -> m.gates().stream().allMatch(g -> plan.finishDate(g).isBefore(m.due())));
    }

    private long count(String table) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM " + table)
                        .getSingleResult())
                .longValue();
    }
}
