package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The demo workspace looks like a healthy agency: most people have a workable load, and a handful
 * are over-allocated, each for a reason the coordinator can act on (the designer booked on two
 * projects at once among them, which the workload and levelling screens show).
 */
@QuarkusTest
class DemoWorkloadTest {

    @Test
    void shouldOverAllocateOnlyAHandfulOfPeople() {
        String token = Api.login(DemoSeeder.EMAIL, DemoSeeder.PASSWORD);
        Supplier<RequestSpecification> coordinator =
                () -> RestAssured.given().header("Authorization", "Bearer " + token);
        String workspace = coordinator.get().get("/api/v1/me").then().extract().path("memberships[0].workspaceId");

        JsonPath portfolio = coordinator
                .get()
                .get("/api/v1/workspaces/{id}/portfolio", workspace)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath workload = coordinator
                .get()
                .queryParam("from", portfolio.getString("overallocationFrom"))
                .queryParam("to", portfolio.getString("overallocationTo"))
                .queryParam("granularity", "day")
                .get("/api/v1/workspaces/{id}/workload", workspace)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, String> titles = taskTitles(coordinator, workspace);
        List<String> overallocated = new ArrayList<>();
        List<Map<String, Object>> people = workload.getList("people");
        for (Map<String, Object> person : people) {
            List<Map<String, Object>> runs = (List<Map<String, Object>>) person.get("overallocations");
            if (!runs.isEmpty()) {
                List<String> described = runs.stream()
                        .map(run -> run.get("startDate") + ".." + run.get("endDate") + " +" + run.get("excessHours")
                                + "h "
                                + ((List<String>) run.get("taskIds"))
                                        .stream().map(titles::get).toList())
                        .toList();
                overallocated.add(person.get("name") + " " + described);
            }
        }

        assertThat(people).as("the demo people").hasSizeGreaterThanOrEqualTo(15);
        assertThat(overallocated)
                .as("over-allocated people (a handful to resolve, not most of the agency)")
                .hasSizeBetween(1, 4)
                .anyMatch(described -> described.startsWith("Priya Natarajan"));
        assertThat(portfolio.getInt("overallocatedPeople"))
                .as("the portfolio counts the same people")
                .isEqualTo(overallocated.size());
    }

    private static Map<String, String> taskTitles(Supplier<RequestSpecification> who, String workspace) {
        Map<String, String> titles = new HashMap<>();
        List<Map<String, Object>> projects = who.get()
                .queryParam("limit", 100)
                .get("/api/v1/workspaces/{id}/projects", workspace)
                .then()
                .extract()
                .jsonPath()
                .getList("items");
        for (Map<String, Object> project : projects) {
            List<Map<String, Object>> tasks = who.get()
                    .queryParam("limit", 500)
                    .get("/api/v1/projects/{id}/tasks", project.get("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            tasks.forEach(t -> titles.put((String) t.get("id"), project.get("key") + " " + t.get("title")));
        }
        return titles;
    }
}
