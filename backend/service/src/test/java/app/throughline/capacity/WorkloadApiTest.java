package app.throughline.capacity;

import static app.throughline.capacity.Capacity.assign;
import static app.throughline.capacity.Capacity.person;
import static app.throughline.capacity.Capacity.timeOff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked workloads on the default calendar (Mon–Fri 08:00–12:00, 13:00–17:00, 8 h a day).
 * Projects start on Tuesday 2026-12-01, so a 3-day task runs Tue 1 – Thu 3 December.
 */
@QuarkusTest
class WorkloadApiTest {

    private static io.restassured.response.ValidatableResponse workload(
            Session session, String from, String to, String personId) {
        return session.request()
                .queryParam("from", from)
                .queryParam("to", to)
                .queryParam("personId", personId)
                .get("/api/v1/workspaces/{id}/workload", session.workspaceId())
                .then();
    }

    @Test
    void shouldGiveAPartTimePersonHalfTheCapacity() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Design", 3);
        String priya = person(ada, "Priya", 0.5);
        assign(ada, task, priya, 0.5);
        workload(ada, "2026-11-30", "2026-12-06", priya)
                .statusCode(200)
                .body("people", hasSize(1))
                .body("people[0].personId", equalTo(priya))
                .body("people[0].name", equalTo("Priya"))
                .body("people[0].periods", hasSize(7))
                .body(
                        "people[0].periods.start",
                        contains(
                                "2026-11-30",
                                "2026-12-01",
                                "2026-12-02",
                                "2026-12-03",
                                "2026-12-04",
                                "2026-12-05",
                                "2026-12-06"))
                .body("people[0].periods.capacityHours", contains(4.0f, 4.0f, 4.0f, 4.0f, 4.0f, 0.0f, 0.0f))
                .body("people[0].periods.demandHours", contains(0.0f, 4.0f, 4.0f, 4.0f, 0.0f, 0.0f, 0.0f))
                .body("people[0].periods[1].utilization", equalTo(1.0f))
                .body("people[0].periods[5].utilization", nullValue())
                .body("people[0].periods.overallocated", contains(false, false, false, false, false, false, false))
                .body("people[0].overallocations", hasSize(0));
    }

    @Test
    void shouldNotCountFinishedWorkAsDemand() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String done = Planning.task(
                ada, project, java.util.Map.of("title", "Done already", "durationDays", 3, "status", "done"));
        String priya = person(ada, "Priya", 1.0);
        assign(ada, done, priya, 1.0);
        workload(ada, "2026-12-01", "2026-12-03", priya)
                .statusCode(200)
                .body("people[0].periods.demandHours", contains(0.0f, 0.0f, 0.0f));
    }

    @Test
    void shouldSumATeamsCapacityAndDemandOverItsPeople() {
        Session ada = Api.register("ada");
        String team = ada.request()
                .body(java.util.Map.of("name", "Design"))
                .post("/api/v1/workspaces/{id}/teams", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String project = Planning.project(ada);
        String design = Planning.task(ada, project, "Design", 3);
        String priya = ada.request()
                .body(java.util.Map.of("name", "Priya", "maxUnits", 0.5, "teamId", team))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String omar = ada.request()
                .body(java.util.Map.of("name", "Omar", "maxUnits", 1.0, "teamId", team))
                .post("/api/v1/workspaces/{id}/people", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assign(ada, design, priya, 1.0);
        assign(ada, design, omar, 0.5);
        ada.request()
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-02")
                .queryParam("teamId", team)
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("teams", hasSize(1))
                .body("teams[0].teamId", equalTo(team))
                .body("teams[0].people", equalTo(2))
                .body("teams[0].periods.capacityHours", contains(12.0f, 12.0f))
                .body("teams[0].periods.demandHours", contains(12.0f, 12.0f))
                .body("teams[0].periods.utilization", contains(1.0f, 1.0f))
                .body("teams[0].periods.overallocated", contains(false, false));
    }

    @Test
    void shouldOverallocateAPartTimePersonAssignedFullTime() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Design", 3);
        String priya = person(ada, "Priya", 0.5);
        assign(ada, task, priya, 1.0);
        workload(ada, "2026-12-01", "2026-12-04", priya)
                .statusCode(200)
                .body("people[0].periods.demandHours", contains(8.0f, 8.0f, 8.0f, 0.0f))
                .body("people[0].periods.utilization", contains(2.0f, 2.0f, 2.0f, 0.0f))
                .body("people[0].overallocations", hasSize(1))
                .body("people[0].overallocations[0].startDate", equalTo("2026-12-01"))
                .body("people[0].overallocations[0].endDate", equalTo("2026-12-03"))
                .body("people[0].overallocations[0].excessHours", equalTo(12.0f))
                .body("people[0].overallocations[0].taskIds", contains(task));
    }

    @Test
    void shouldOverallocateOnTimeOffInTheMiddleOfATask() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Build", 5); // Tue 1 – Mon 7
        String bo = person(ada, "Bo", 1.0);
        assign(ada, task, bo, 1.0);
        timeOff(ada, bo, "2026-12-03", "2026-12-03");
        workload(ada, "2026-12-01", "2026-12-07", bo)
                .statusCode(200)
                .body("people[0].periods.capacityHours", contains(8.0f, 8.0f, 0.0f, 8.0f, 0.0f, 0.0f, 8.0f))
                .body("people[0].periods.demandHours", contains(8.0f, 8.0f, 8.0f, 8.0f, 0.0f, 0.0f, 8.0f))
                .body("people[0].periods[2].utilization", nullValue())
                .body("people[0].periods.overallocated", contains(false, false, true, false, false, false, false))
                .body("people[0].overallocations", hasSize(1))
                .body("people[0].overallocations[0].startDate", equalTo("2026-12-03"))
                .body("people[0].overallocations[0].endDate", equalTo("2026-12-03"))
                .body("people[0].overallocations[0].excessHours", equalTo(8.0f))
                .body("people[0].overallocations[0].taskIds", contains(task));
    }

    @Test
    void shouldAddUpDemandFromTwoProjectsAndNameBothTasks() {
        Session ada = Api.register("ada");
        String first = Planning.task(ada, Planning.project(ada), "Website", 3);
        String second = Planning.task(ada, Planning.project(ada), "Brochure", 3);
        String cy = person(ada, "Cy", 1.0);
        assign(ada, first, cy, 1.0);
        assign(ada, second, cy, 1.0);
        workload(ada, "2026-12-01", "2026-12-04", cy)
                .statusCode(200)
                .body("people[0].periods.demandHours", contains(16.0f, 16.0f, 16.0f, 0.0f))
                .body("people[0].periods.overallocated", contains(true, true, true, false))
                .body("people[0].overallocations", hasSize(1))
                .body("people[0].overallocations[0].startDate", equalTo("2026-12-01"))
                .body("people[0].overallocations[0].endDate", equalTo("2026-12-03"))
                .body("people[0].overallocations[0].excessHours", equalTo(24.0f))
                .body("people[0].overallocations[0].taskIds", containsInAnyOrder(first, second));
    }

    @Test
    void shouldGiveNoCapacityAndNoDemandOnAHoliday() {
        Session ada = Api.register("ada");
        String calendar = ada.request()
                .get("/api/v1/workspaces/{id}/calendars", ada.workspaceId())
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        ada.request()
                .body(Map.of(
                        "exceptions",
                        List.of(Map.of("startDate", "2026-12-02", "endDate", "2026-12-02", "name", "Founders' day"))))
                .patch("/api/v1/calendars/{id}", calendar)
                .then()
                .statusCode(200);
        String task = Planning.task(ada, Planning.project(ada), "Design", 3); // Tue 1, Thu 3, Fri 4
        String di = person(ada, "Di", 1.0);
        assign(ada, task, di, 1.0);
        workload(ada, "2026-12-01", "2026-12-07", di)
                .statusCode(200)
                .body("people[0].periods.capacityHours", contains(8.0f, 0.0f, 8.0f, 8.0f, 0.0f, 0.0f, 8.0f))
                .body("people[0].periods.demandHours", contains(8.0f, 0.0f, 8.0f, 8.0f, 0.0f, 0.0f, 0.0f))
                .body("people[0].overallocations", hasSize(0));
    }

    @Test
    void shouldSumWeeksFromMondayAndCutTheFirstWeekAtFrom() {
        Session ada = Api.register("ada");
        String task = Planning.task(ada, Planning.project(ada), "Build", 6); // Tue 1 – Tue 8
        String ed = person(ada, "Ed", 1.0);
        assign(ada, task, ed, 1.0);
        ada.request()
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-13")
                .queryParam("granularity", "week")
                .queryParam("personId", ed)
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("granularity", equalTo("week"))
                .body("people[0].periods.start", contains("2026-12-01", "2026-12-07"))
                .body("people[0].periods.capacityHours", contains(32.0f, 40.0f))
                .body("people[0].periods.demandHours", contains(32.0f, 16.0f))
                .body("people[0].periods.utilization", contains(1.0f, 0.4f));
    }

    @Test
    void shouldCountADaysSpikeInAWeekThatIsNotOverallocatedAsAWhole() {
        Session ada = Api.register("ada");
        String first = Planning.task(ada, Planning.project(ada), "Website", 1); // Tue 1
        String second = Planning.task(ada, Planning.project(ada), "Brochure", 1); // Tue 1 too
        String fay = person(ada, "Fay", 1.0);
        assign(ada, first, fay, 1.0);
        assign(ada, second, fay, 1.0);
        ada.request()
                .queryParam("from", "2026-11-30")
                .queryParam("to", "2026-12-06")
                .queryParam("granularity", "week")
                .queryParam("personId", fay)
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("people[0].periods.demandHours", contains(16.0f))
                .body("people[0].periods.overallocated", contains(false))
                .body("people[0].periods.overallocatedDays", contains(1))
                .body("teams", hasSize(0));
    }

    @Test
    void shouldListEveryPersonOfTheWorkspaceForAViewer() {
        Session ada = Api.register("ada");
        person(ada, "Zed", 1.0);
        person(ada, "Amy", 1.0);
        Session viewer = Api.memberOf(ada, "viewer");
        viewer.request()
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-01")
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("people.name", contains("Amy", "Zed"));
    }

    @Test
    void shouldRefuseAWindowThatEndsBeforeItStarts() {
        Session ada = Api.register("ada");
        ada.request()
                .queryParam("from", "2026-12-10")
                .queryParam("to", "2026-12-01")
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRefuseAWindowLongerThanAYear() {
        Session ada = Api.register("ada");
        ada.request()
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2027-01-02")
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRequireFromAndToAsDatesAndAKnownGranularity() {
        Session ada = Api.register("ada");
        ada.request()
                .queryParam("to", "2026-12-01")
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        ada.request()
                .queryParam("from", "1 Dec")
                .queryParam("to", "2026-12-01")
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(400);
        ada.request()
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-01")
                .queryParam("granularity", "month")
                .get("/api/v1/workspaces/{id}/workload", ada.workspaceId())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("granularity"));
    }

    @Test
    void shouldHideAnotherWorkspacesWorkloadAndPeople() {
        Session ada = Api.register("ada");
        Session eve = Api.register("eve");
        String evesPerson = person(eve, "Mallory", 1.0);
        ada.request()
                .queryParam("from", "2026-12-01")
                .queryParam("to", "2026-12-01")
                .get("/api/v1/workspaces/{id}/workload", eve.workspaceId())
                .then()
                .statusCode(404);
        workload(ada, "2026-12-01", "2026-12-01", evesPerson).statusCode(404);
    }

    @Test
    void shouldRefuseAssignmentUnitsOutOfRange() {
        Session ada = Api.register("ada");
        String task = Planning.task(ada, Planning.project(ada), "Design", 3);
        String fay = person(ada, "Fay", 1.0);
        for (double units : new double[] {0, -1, 10.5}) {
            ada.request()
                    .body(Map.of("personId", fay, "units", units))
                    .post("/api/v1/tasks/{id}/assignments", task)
                    .then()
                    .statusCode(422)
                    .body("errors[0].field", equalTo("units"));
        }
    }

    @Test
    void shouldRefuseTimeOffThatEndsBeforeItStarts() {
        Session ada = Api.register("ada");
        String gus = person(ada, "Gus", 1.0);
        ada.request()
                .body(Map.of("startDate", "2026-12-10", "endDate", "2026-12-09"))
                .post("/api/v1/people/{id}/time-off", gus)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("endDate"));
    }

    @Test
    void shouldRefuseAssigningAPersonOfAnotherWorkspace() {
        Session ada = Api.register("ada");
        Session eve = Api.register("eve");
        String task = Planning.task(ada, Planning.project(ada), "Design", 3);
        String evesPerson = person(eve, "Mallory", 1.0);
        ada.request()
                .body(Map.of("personId", evesPerson, "units", 1.0))
                .post("/api/v1/tasks/{id}/assignments", task)
                .then()
                .statusCode(404);
    }
}
