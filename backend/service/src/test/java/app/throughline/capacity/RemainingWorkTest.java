package app.throughline.capacity;

import static app.throughline.capacity.Capacity.assign;
import static app.throughline.capacity.Capacity.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Workload counts of a task in progress only the work left: (1 − % complete) of its work, spread
 * from the project's status date to the task's scheduled finish — not its whole span.
 */
@QuarkusTest
class RemainingWorkTest {

    @Test
    void shouldCountOnlyTheRemainingWorkOfATaskInProgressFromTheStatusDate() {
        Session ada = Api.register("ada");
        // starts Tue 2026-12-01; progress reported up to the end of Thu 2026-12-03
        String project = ada.request()
                .body(Map.of(
                        "key", Planning.newKey(),
                        "name", "In flight",
                        "startDate", "2026-12-01",
                        "statusDate", "2026-12-03"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String task = Planning.task(ada, project, "Build", 10);
        String priya = person(ada, "Priya", 1.0);
        assign(ada, task, priya, 1.0);
        ada.request()
                .body(Map.of("percentComplete", 40, "actualStart", "2026-12-01"))
                .patch("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200);

        List<Float> demand = ada.request()
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-31")
                .queryParam("personId", priya)
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(200)
                .extract()
                .path("people[0].periods.demandHours");

        // nothing before the status date: that work is done or reported
        assertThat(demand.subList(0, 3)).containsOnly(0.0f);
        // the work left: 10 days × 8 h × 60 % = 48 h, all of it from Fri 2026-12-04 on
        double total = demand.stream().mapToDouble(Float::doubleValue).sum();
        assertThat(total).isCloseTo(48.0, org.assertj.core.data.Offset.offset(0.05));
        // spread evenly over the working days left, never above the person's 8 h
        assertThat(demand).allMatch(hours -> hours <= 8.0f + 1e-3f);
        assertThat(demand.get(3)).isGreaterThan(0.0f);
    }

    @Test
    void shouldCountAFutureTaskWithoutProgressWhole() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Later", 2);
        String priya = person(ada, "Priya", 1.0);
        assign(ada, task, priya, 1.0);
        List<Float> demand = ada.request()
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-04")
                .queryParam("personId", priya)
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(200)
                .extract()
                .path("people[0].periods.demandHours");
        assertThat(demand).containsExactly(8.0f, 8.0f, 0.0f, 0.0f);
    }
}
