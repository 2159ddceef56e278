package app.throughline.capacity;

import app.throughline.support.Api.Session;
import java.util.HashMap;
import java.util.Map;

/** Test helpers for people, time off and assignments, through the API. */
final class Capacity {

    private Capacity() {}

    static String person(Session session, String name, double maxUnits) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "maxUnits", maxUnits));
        return session.request()
                .body(body)
                .post("/api/v1/workspaces/{id}/people", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void assign(Session session, String taskId, String personId, double units) {
        session.request()
                .body(Map.of("personId", personId, "units", units))
                .post("/api/v1/tasks/{id}/assignments", taskId)
                .then()
                .statusCode(201);
    }

    static void timeOff(Session session, String personId, String startDate, String endDate) {
        session.request()
                .body(Map.of("startDate", startDate, "endDate", endDate, "reason", "Leave"))
                .post("/api/v1/people/{id}/time-off", personId)
                .then()
                .statusCode(201);
    }
}
