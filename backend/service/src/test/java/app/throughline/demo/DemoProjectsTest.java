package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    void shouldScheduleAnOverbookedDesignerProgressAndMilestonesAtRisk() {
        String token = Api.login(DemoSeeder.EMAIL, DemoSeeder.PASSWORD);
        Supplier<RequestSpecification> coordinator =
                () -> RestAssured.given().header("Authorization", "Bearer " + token);
        String workspace = coordinator.get().get("/api/v1/me").then().extract().path("memberships[0].workspaceId");
        JsonPath projects = coordinator
                .get()
                .queryParam("limit", 100)
                .get("/api/v1/workspaces/{id}/projects", workspace)
                .then()
                .extract()
                .jsonPath();
        Map<String, String> projectIds = new HashMap<>();
        List<String> keys = projects.getList("items.key", String.class);
        for (int i = 0; i < keys.size(); i++) {
            projectIds.put(keys.get(i), projects.getString("items[" + i + "].id"));
        }

        // Priya is booked full time on the website's visual design and the Tailspin logo at the same time
        Map<String, Object> website = scheduled(coordinator, projectIds.get("WEB"), "Visual design concepts");
        Map<String, Object> logo = scheduled(coordinator, projectIds.get("BRD"), "Logo exploration");
        assertThat(start(website)).isBefore(finish(logo));
        assertThat(start(logo)).isBefore(finish(website));

        // the active projects report progress up to yesterday, then their status dates roll with the calendar;
        // the planned ones have no progress yet
        JsonPath schedule = coordinator
                .get()
                .get("/api/v1/projects/{id}/schedule", projectIds.get("WEB"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(schedule.getString("statusDate")).as("no pinned status date").isNull();
        List<Map<String, Object>> webTasks = tasks(coordinator, projectIds.get("WEB"));
        assertThat(webTasks).filteredOn(t -> "done".equals(t.get("status"))).isNotEmpty();
        assertThat(webTasks)
                .filteredOn(t -> t.get("actualStart") != null && t.get("actualFinish") == null)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(((Number) t.get("percentComplete")).doubleValue())
                        .isStrictlyBetween(0.0, 100.0));
        assertThat(tasks(coordinator, projectIds.get("DATA")))
                .allSatisfy(t -> assertThat(t.get("actualStart")).isNull());

        List<Map<String, Object>> milestones = new ArrayList<>();
        for (String project : projectIds.values()) {
            milestones.addAll(coordinator
                    .get()
                    .get("/api/v1/projects/{id}/milestones", project)
                    .then()
                    .extract()
                    .jsonPath()
                    .getList("items"));
        }
        assertThat(milestones)
                .as("a milestone promised before its gates can finish")
                .anyMatch(m -> "at_risk".equals(m.get("health"))
                        && LocalDate.parse((String) m.get("forecastDate"))
                                .isAfter(LocalDate.parse((String) m.get("dueDate"))));
        assertThat(milestones)
                .as("a milestone with room to spare")
                .anyMatch(m -> "on_track".equals(m.get("health"))
                        && LocalDate.parse((String) m.get("forecastDate"))
                                .isBefore(LocalDate.parse((String) m.get("dueDate"))));
    }

    private static List<Map<String, Object>> tasks(Supplier<RequestSpecification> who, String project) {
        return who.get()
                .queryParam("limit", 500)
                .get("/api/v1/projects/{id}/tasks", project)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static Map<String, Object> scheduled(Supplier<RequestSpecification> who, String project, String title) {
        Object taskId = tasks(who, project).stream()
                .filter(t -> title.equals(t.get("title")))
                .findFirst()
                .orElseThrow()
                .get("id");
        List<Map<String, Object>> rows = who.get()
                .get("/api/v1/projects/{id}/schedule", project)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("tasks");
        return rows.stream()
                .filter(r -> taskId.equals(r.get("taskId")))
                .findFirst()
                .orElseThrow();
    }

    private static LocalDateTime start(Map<String, Object> row) {
        return LocalDateTime.parse((String) row.get("earlyStart"));
    }

    private static LocalDateTime finish(Map<String, Object> row) {
        return LocalDateTime.parse((String) row.get("earlyFinish"));
    }

    private long count(String table) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM " + table)
                        .getSingleResult())
                .longValue();
    }
}
