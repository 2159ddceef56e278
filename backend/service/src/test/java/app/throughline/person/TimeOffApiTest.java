package app.throughline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Time off: date ranges per person, validated, logged, gone with the person. */
@QuarkusTest
class TimeOffApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Test
    void shouldAddListAndDeleteTimeOff() {
        Session ada = Api.register("ada");
        String sam = PersonApiTest.createPerson(ada, Map.of("name", "Sam"));
        String location = ada.request()
                .body(Map.of("startDate", "2026-12-21", "endDate", "2026-12-31", "reason", "Vacation"))
                .post("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("personId", equalTo(sam))
                .body("startDate", equalTo("2026-12-21"))
                .body("endDate", equalTo("2026-12-31"))
                .body("reason", equalTo("Vacation"))
                .extract()
                .header("Location");
        ada.request()
                .body(Map.of("startDate", "2027-02-01", "endDate", "2027-02-01"))
                .post("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(201)
                .body("reason", nullValue());
        ada.request()
                .body(Map.of("startDate", "2026-11-02", "endDate", "2026-11-03", "reason", "Conference"))
                .post("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(201);

        String next = ada.request()
                .queryParam("limit", 2)
                .get("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(200)
                .body("items.startDate", equalTo(List.of("2026-11-02", "2026-12-21")))
                .extract()
                .path("next");
        ada.request()
                .queryParam("cursor", next)
                .get("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(200)
                .body("items.startDate", equalTo(List.of("2027-02-01")))
                .body("next", nullValue());

        String id = ada.request().get(location).then().statusCode(200).extract().path("id");
        ada.request().header("If-Match", "\"5\"").delete(location).then().statusCode(412);
        ada.request().header("If-Match", "\"0\"").delete(location).then().statusCode(204);
        ada.request().get(location).then().statusCode(404);
        @SuppressWarnings("unchecked")
        List<String> actions = entityManager
                .createNativeQuery(
                        "SELECT action FROM activity WHERE entity_id = :id AND entity_type = 'time_off' ORDER BY id")
                .setParameter("id", UUID.fromString(id))
                .getResultList();
        assertThat(actions).containsExactly("created", "deleted");

        ada.request().delete("/api/v1/people/{id}", sam).then().statusCode(204);
        long left = ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM time_off WHERE person_id = :id")
                        .setParameter("id", UUID.fromString(sam))
                        .getSingleResult())
                .longValue();
        assertThat(left).isZero();
    }

    @Test
    void shouldRefuseAnEndBeforeTheStartNamingEndDate() {
        Session ada = Api.register("ada");
        String sam = PersonApiTest.createPerson(ada, Map.of("name", "Sam"));
        ada.request()
                .body(Map.of("startDate", "2027-01-10", "endDate", "2027-01-09"))
                .post("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("endDate"));
        ada.request()
                .body(Map.of("startDate", "2027-01-10"))
                .post("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(422)
                .body("errors.field", hasItem("endDate"));
        ada.request()
                .body(Map.of("startDate", "2027-13-10", "endDate", "2027-01-10"))
                .post("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("startDate"));
        ada.request().get("/api/v1/people/{id}/time-off", sam).then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldLetOnlyAdminsManageTimeOff() {
        Session owner = Api.register("owner");
        Session viewer = Api.memberOf(owner, "viewer");
        String sam = PersonApiTest.createPerson(owner, Map.of("name", "Sam"));
        String entry = owner.request()
                .body(Map.of("startDate", "2027-01-04", "endDate", "2027-01-08"))
                .post("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        viewer.request()
                .get("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
        viewer.request().get("/api/v1/time-off/{id}", entry).then().statusCode(200);
        viewer.request()
                .body(Map.of("startDate", "2027-01-04", "endDate", "2027-01-08"))
                .post("/api/v1/people/{id}/time-off", sam)
                .then()
                .statusCode(403);
        viewer.request().delete("/api/v1/time-off/{id}", entry).then().statusCode(403);
    }
}
