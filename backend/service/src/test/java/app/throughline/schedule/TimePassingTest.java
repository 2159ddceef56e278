package app.throughline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.platform.Today;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A schedule lives in the present: without a pinned status date, unfinished work never sits
 * before today, milestones whose day has passed are missed everywhere, and a new day recomputes
 * every project once across replicas.
 */
@QuarkusTest
class TimePassingTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @Inject
    Today today;

    @Inject
    DayRollover rollover;

    @AfterEach
    void backToTheConfiguredToday() {
        today.reset();
        rollover.rollOver(today.date());
    }

    private record Scenario(Session ada, String project, String halfDone, String notStarted, String milestone) {}

    /** A project started a month ago: one task half done and late, one not started, a milestone due yesterday. */
    private Scenario scenario() {
        Session ada = Api.register("ada");
        String project = ada.request()
                .body(Map.of("key", Planning.newKey(), "name", "In flight", "startDate", "2026-11-02"))
                .post("/api/v1/workspaces/{id}/projects", ada.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String halfDone = Planning.task(ada, project, "Build", 10);
        String notStarted = Planning.task(ada, project, "Review", 3);
        String etag = ada.request()
                .get("/api/v1/tasks/{id}", halfDone)
                .then()
                .extract()
                .header("ETag");
        ada.request()
                .header("If-Match", etag)
                .body(Map.of("actualStart", "2026-11-02", "percentComplete", 50, "status", "in_progress"))
                .patch("/api/v1/tasks/{id}", halfDone)
                .then()
                .statusCode(200);
        String milestone = ada.request()
                .body(Map.of("name", "Review done", "dueDate", "2026-12-01", "gatingTaskIds", List.of(notStarted)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Scenario(ada, project, halfDone, notStarted, milestone);
    }

    private static JsonPath task(Session session, String id) {
        return session.request()
                .get("/api/v1/tasks/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void unfinishedWorkIsScheduledFromToday() {
        today.set(WEDNESDAY);
        Scenario s = scenario();

        JsonPath halfDone = task(s.ada(), s.halfDone());
        // 5 of 10 days remain and cannot be done before today: finishes on the 5th working day from Wednesday
        assertThat(halfDone.getString("schedule.earlyFinish")).isEqualTo("2026-12-08T17:00:00");

        JsonPath notStarted = task(s.ada(), s.notStarted());
        assertThat(notStarted.getString("schedule.earlyStart")).isEqualTo("2026-12-02T08:00:00");
        assertThat(notStarted.getString("schedule.driver.kind")).isEqualTo("status_date");
    }

    @Test
    void aMilestoneDueYesterdayAndNotAchievedIsMissedOnEveryScreen() {
        today.set(WEDNESDAY);
        Scenario s = scenario();

        s.ada()
                .request()
                .get("/api/v1/milestones/{id}", s.milestone())
                .then()
                .statusCode(200)
                .body("health", org.hamcrest.Matchers.equalTo("missed"));
        s.ada()
                .request()
                .get("/api/v1/projects/{id}", s.project())
                .then()
                .body("health", org.hamcrest.Matchers.equalTo("off_track"));
        JsonPath portfolio = s.ada()
                .request()
                .get("/api/v1/workspaces/{id}/portfolio", s.ada().workspaceId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(portfolio.getString("projects[0].health")).isEqualTo("off_track");
    }

    @Test
    void aNewDayMovesForecastsWithoutAnEditAndIsRolledOnceAcrossReplicas() throws Exception {
        today.set(WEDNESDAY);
        Scenario s = scenario();
        assertThat(task(s.ada(), s.notStarted()).getString("schedule.earlyStart"))
                .isEqualTo("2026-12-02T08:00:00");

        LocalDate thursday = WEDNESDAY.plusDays(1);
        today.set(thursday);
        var replicas = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = replicas.submit(() -> rollover.rollOver(thursday));
            Future<Integer> second = replicas.submit(() -> rollover.rollOver(thursday));
            List<Integer> rolled = List.of(first.get(), second.get());
            assertThat(rolled)
                    .as("one replica rolls the day, the other finds it done")
                    .contains(0);
            assertThat(rolled.get(0) + rolled.get(1)).isPositive();
        } finally {
            replicas.shutdownNow();
        }
        assertThat(task(s.ada(), s.notStarted()).getString("schedule.earlyStart"))
                .isEqualTo("2026-12-03T08:00:00");
        assertThat(rollover.rollOver(thursday)).as("the day is rolled once").isZero();
    }

    @Test
    void aPinnedStatusDateStaysForAsOfReporting() {
        today.set(WEDNESDAY);
        Scenario s = scenario();
        String etag = s.ada()
                .request()
                .get("/api/v1/projects/{id}", s.project())
                .then()
                .extract()
                .header("ETag");
        s.ada()
                .request()
                .header("If-Match", etag)
                .body(Map.of("statusDate", "2026-11-20"))
                .patch("/api/v1/projects/{id}", s.project())
                .then()
                .statusCode(200);
        // progress reported up to Friday 20 Nov: unfinished work resumes on Monday 23 Nov
        assertThat(task(s.ada(), s.notStarted()).getString("schedule.earlyStart"))
                .isEqualTo("2026-11-23T08:00:00");
    }
}
