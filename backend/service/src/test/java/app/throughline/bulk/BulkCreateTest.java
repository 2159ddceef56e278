package app.throughline.bulk;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BulkCreateTest {

    private static Map<String, Object> task(String ref, String parentRef, double days) {
        Map<String, Object> task = new HashMap<>(Map.of("ref", ref, "title", "Task " + ref, "durationDays", days));
        if (parentRef != null) {
            task.put("parentRef", parentRef);
        }
        return task;
    }

    private static Map<String, Object> link(String from, String to) {
        return Map.of("predecessorRef", from, "successorRef", to, "type", "fs", "lagDays", 0);
    }

    @Test
    void shouldCreateTasksWithHierarchyAndDependenciesInOneRequest() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        // the child comes before its parent in the request: order must not matter
        List<Map<String, Object>> tasks =
                List.of(task("c1", "p", 2), task("p", null, 0), task("c2", "p", 3), task("after", null, 1));
        var result = ada.request()
                .body(Map.of("tasks", tasks, "dependencies", List.of(link("c1", "c2"), link("p", "after"))))
                .post("/api/v1/projects/{id}/tasks:bulk", project)
                .then()
                .statusCode(201)
                .body("tasks.ref", contains("c1", "p", "c2", "after"))
                .body("dependencies.size()", equalTo(2))
                .extract();
        String parent = result.path("tasks[1].id");
        ada.request()
                .get("/api/v1/tasks/{id}", result.path("tasks[0].id").toString())
                .then()
                .body("parentId", equalTo(parent));
        ada.request().get("/api/v1/tasks/{id}", parent).then().body("summary", equalTo(true));
        ada.request().get("/api/v1/projects/{id}/dependencies", project).then().body("items.size()", equalTo(2));
        ada.request().get("/api/v1/projects/{id}/activity", project).then().body("items.size()", equalTo(7));
    }

    @Test
    void shouldRefuseTheWholeRequestNamingTheBadItem() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        List<Map<String, Object>> tasks = new ArrayList<>(List.of(task("a", null, 1), task("b", null, 1)));
        tasks.add(Map.of("ref", "c", "title", "", "durationDays", 1));
        ada.request()
                .body(Map.of("tasks", tasks))
                .post("/api/v1/projects/{id}/tasks:bulk", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("tasks[2].title"));
        ada.request()
                .body(Map.of("tasks", List.of(task("a", "nobody", 1))))
                .post("/api/v1/projects/{id}/tasks:bulk", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("tasks[0].parentRef"));
        ada.request()
                .body(Map.of("tasks", List.of(task("a", null, 1)), "dependencies", List.of(link("a", "ghost"))))
                .post("/api/v1/projects/{id}/tasks:bulk", project)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("dependencies[0].successorRef"));
        ada.request().get("/api/v1/projects/{id}/tasks", project).then().body("items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseACycleInTheRequestAndWriteNothing() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        ada.request()
                .body(Map.of(
                        "tasks",
                        List.of(task("a", null, 1), task("b", null, 1), task("c", null, 1)),
                        "dependencies",
                        List.of(link("a", "b"), link("b", "c"), link("c", "a"))))
                .post("/api/v1/projects/{id}/tasks:bulk", project)
                .then()
                .statusCode(409)
                .body("cycleRefs.size()", equalTo(3))
                .body("detail", containsString("→"));
        ada.request().get("/api/v1/projects/{id}/tasks", project).then().body("items.size()", equalTo(0));
        // nothing was written, not even the key counter: the next task is still number 1
        ada.request()
                .body(Map.of("title", "First", "durationDays", 1))
                .post("/api/v1/projects/{id}/tasks", project)
                .then()
                .body("key", org.hamcrest.Matchers.endsWith("-1"));
    }
}
