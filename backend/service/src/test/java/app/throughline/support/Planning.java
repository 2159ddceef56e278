package app.throughline.support;

import app.throughline.support.Api.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates projects, tasks and links through the API for planning tests. */
public final class Planning {

    private static final AtomicInteger KEYS = new AtomicInteger();

    private Planning() {}

    public static String newKey() {
        int n = KEYS.incrementAndGet();
        return "P" + Integer.toString(n, 36).toUpperCase() + (char) ('A' + n % 26);
    }

    public static String project(Session session) {
        return session.request()
                .body(Map.of("key", newKey(), "name", "Project", "startDate", "2026-12-01"))
                .post("/api/v1/workspaces/{id}/projects", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String task(Session session, String projectId, String title, double days) {
        return task(session, projectId, Map.of("title", title, "durationDays", days));
    }

    public static String task(Session session, String projectId, Map<String, Object> body) {
        return session.request()
                .body(body)
                .post("/api/v1/projects/{id}/tasks", projectId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String child(Session session, String projectId, String parentId, String title, double days) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "durationDays", days, "parentId", parentId));
        return task(session, projectId, body);
    }

    public static String link(Session session, String predecessorId, String successorId) {
        return session.request()
                .body(Map.of("predecessorId", predecessorId, "successorId", successorId, "type", "fs", "lagDays", 0))
                .post("/api/v1/dependencies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String person(Session session, String name, UUID userId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "maxUnits", 1.0));
        if (userId != null) {
            body.put("userId", userId.toString());
        }
        return session.request()
                .body(body)
                .post("/api/v1/workspaces/{id}/people", session.workspaceId())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
