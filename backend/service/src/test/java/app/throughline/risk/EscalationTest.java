package app.throughline.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.platform.Today;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EscalationTest {

    @Inject
    Today today;

    @Inject
    EscalationSweep sweep;

    @Inject
    EscalationRepository escalations;

    @AfterEach
    void backToTheConfiguredToday() {
        today.reset();
    }

    private static void policy(Session admin, Map<String, Object> rules, String... people) {
        admin.request()
                .body(Map.of(
                        "levels",
                        List.of(
                                Map.of("level", 1, "name", "Coordinator lead", "personIds", List.of(people)),
                                Map.of("level", 2, "name", "PMO head", "personIds", List.of())),
                        "rules",
                        rules))
                .put("/api/v1/workspaces/{id}/escalation-policy", admin.workspaceId())
                .then()
                .statusCode(200);
    }

    private static String risk(Session session, String project, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Vendor slips", "probability", 2, "impact", 2));
        body.putAll(fields);
        return session.request()
                .body(body)
                .post("/api/v1/projects/{id}/risks", project)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void escalate(Session session, String risk, String direction, int status) {
        session.request()
                .body(Map.of("direction", direction, "reason", "Because " + direction))
                .post("/api/v1/risks/{id}/escalations", risk)
                .then()
                .statusCode(status);
    }

    private long escalationsOf(String risk) {
        return QuarkusTransaction.requiringNew().call(() -> escalations.countOfRisk(UUID.fromString(risk)));
    }

    @Test
    void shouldEscalateByHandUpToTheTopAndDownToNotEscalatedThenRefuse() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String lead = Planning.person(ada, "Lee Lead", null);
        policy(ada, Map.of(), lead);
        String risk = risk(ada, project, Map.of());
        ada.request()
                .body(Map.of("direction", "up", "reason", "Client silent for two weeks"))
                .post("/api/v1/risks/{id}/escalations", risk)
                .then()
                .statusCode(201)
                .body("level", equalTo(1))
                .body("levelName", equalTo("Coordinator lead"))
                .body("byUserId", equalTo(ada.userId().toString()))
                .body("rule", nullValue());
        escalate(ada, risk, "up", 201);
        escalate(ada, risk, "up", 409);
        ada.request().get("/api/v1/risks/{id}", risk).then().body("escalationLevel", equalTo(2));
        ada.request()
                .get("/api/v1/workspaces/{id}/escalations?open=true", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].level", equalTo(2));
        escalate(ada, risk, "down", 201);
        escalate(ada, risk, "down", 201);
        escalate(ada, risk, "down", 409);
        ada.request()
                .get("/api/v1/workspaces/{id}/escalations?open=true", ada.workspaceId())
                .then()
                .body("items.size()", equalTo(0));
        ada.request()
                .get("/api/v1/workspaces/{id}/escalations?limit=2", ada.workspaceId())
                .then()
                .body("items.direction", contains("down", "down"));
        assertThat(escalationsOf(risk)).isEqualTo(4);
    }

    @Test
    void shouldRefuseEscalationWithoutAPolicyOrReason() {
        Session ada = Api.register("ada");
        String risk = risk(ada, Planning.project(ada), Map.of());
        escalate(ada, risk, "up", 409);
        ada.request()
                .body(Map.of("direction", "up", "reason", " "))
                .post("/api/v1/risks/{id}/escalations", risk)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("reason"));
        Session member = Api.memberOf(ada, "member");
        escalate(member, risk, "up", 403);
        assertThat(escalationsOf(risk)).isZero();
    }

    @Test
    void shouldRaiseARiskOnceWhenItsScoreReachesTheThresholdAndNotifyTheLevel() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String lead = Planning.person(ada, "Lee Lead", null);
        policy(ada, Map.of("scoreAtLeast", 15), lead);
        String risk = risk(ada, project, Map.of("probability", 3, "impact", 4));
        ada.request()
                .body(Map.of("probability", 4))
                .patch("/api/v1/risks/{id}", risk)
                .then()
                .statusCode(200)
                .body("escalationLevel", equalTo(1));
        // still above the threshold: the rule has fired and does not fire again
        ada.request()
                .body(Map.of("impact", 5))
                .patch("/api/v1/risks/{id}", risk)
                .then()
                .body("escalationLevel", equalTo(1));
        sweep.sweep();
        sweep.sweep();
        ada.request()
                .get("/api/v1/workspaces/{id}/escalations", ada.workspaceId())
                .then()
                .body("items.size()", equalTo(1))
                .body("items[0].rule", equalTo("score_at_least"))
                .body("items[0].byUserId", nullValue());
        UUID escalation = UUID.fromString(ada.request()
                .get("/api/v1/workspaces/{id}/escalations", ada.workspaceId())
                .then()
                .extract()
                .path("items[0].id"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> escalations.notifiedPeople(escalation)))
                .containsExactly(UUID.fromString(lead));
    }

    @Test
    void shouldEscalateAnOverdueRiskOnceWhenTwoSweepsRunTogether() throws Exception {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        policy(ada, Map.of("overdueDays", 3));
        String risk = risk(ada, project, Map.of("dueDate", "2026-11-29"));
        assertThat(escalationsOf(risk)).isZero(); // one day past on 2026-11-30

        today.set(LocalDate.of(2026, 12, 2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> run = () -> {
                start.await();
                return sweep.sweep();
            };
            Future<Integer> first = pool.submit(run);
            Future<Integer> second = pool.submit(run);
            start.countDown();
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        sweep.sweep();
        assertThat(escalationsOf(risk)).isEqualTo(1);
        ada.request().get("/api/v1/risks/{id}", risk).then().body("escalationLevel", equalTo(1));
        ada.request()
                .get("/api/v1/workspaces/{id}/escalations", ada.workspaceId())
                .then()
                .body("items[0].rule", equalTo("overdue_days"));
    }

    @Test
    void shouldEscalateWhenALinkedMilestoneIsAtRisk() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String build = Planning.task(ada, project, "Build", 10);
        // due on the third working day, forecast on the tenth: at risk
        String milestone = ada.request()
                .body(Map.of("name", "Demo", "dueDate", "2026-12-03", "gatingTaskIds", List.of(build)))
                .post("/api/v1/projects/{id}/milestones", project)
                .then()
                .statusCode(201)
                .body("health", equalTo("at_risk"))
                .extract()
                .path("id");
        policy(ada, Map.of("milestoneAtRisk", true));
        String risk = risk(ada, project, Map.of("milestoneIds", List.of(milestone)));
        ada.request().get("/api/v1/risks/{id}", risk).then().body("escalationLevel", equalTo(1));
        sweep.sweep();
        assertThat(escalationsOf(risk)).isEqualTo(1);
    }

    @Test
    void shouldValidateThePolicyAndHonourIfMatch() {
        Session ada = Api.register("ada");
        ada.request()
                .body(Map.of("levels", List.of(Map.of("level", 2, "name", "Skipped one")), "rules", Map.of()))
                .put("/api/v1/workspaces/{id}/escalation-policy", ada.workspaceId())
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("levels[0].level"));
        ada.request()
                .body(Map.of("levels", List.of(), "rules", Map.of("scoreAtLeast", 26)))
                .put("/api/v1/workspaces/{id}/escalation-policy", ada.workspaceId())
                .then()
                .statusCode(422);
        policy(ada, Map.of("scoreAtLeast", 10));
        String read = ada.request()
                .get("/api/v1/workspaces/{id}/escalation-policy", ada.workspaceId())
                .then()
                .extract()
                .header("ETag");
        policy(ada, Map.of("scoreAtLeast", 12));
        ada.request()
                .header("If-Match", read)
                .body(Map.of("levels", List.of(), "rules", Map.of()))
                .put("/api/v1/workspaces/{id}/escalation-policy", ada.workspaceId())
                .then()
                .statusCode(412);
        ada.request()
                .get("/api/v1/workspaces/{id}/escalation-policy", ada.workspaceId())
                .then()
                .statusCode(200)
                .body("levels.name", contains("Coordinator lead", "PMO head"))
                .body("rules.scoreAtLeast", equalTo(12));
        Session coordinator = Api.memberOf(ada, "coordinator");
        coordinator
                .request()
                .body(Map.of("levels", List.of(), "rules", Map.of()))
                .put("/api/v1/workspaces/{id}/escalation-policy", ada.workspaceId())
                .then()
                .statusCode(403);
    }
}
