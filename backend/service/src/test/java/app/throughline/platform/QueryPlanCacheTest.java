package app.throughline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * Repeating the same requests reuses Hibernate's query plans instead of adding new ones: a query
 * whose cache key never equals itself fills the plan cache with copies, misses every time and
 * pushes out the plans that are reused.
 */
@QuarkusTest
class QueryPlanCacheTest {

    private static final int ROUNDS = 25;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void repeatedRequestsDoNotGrowThePlanCache() {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        String task = Planning.task(ada, project, "Copy", 2);
        Planning.task(ada, project, "Layout", 3);
        requests(ada, project, task, 3);
        int warm = cachedPlans();

        requests(ada, project, task, ROUNDS);

        assertThat(cachedPlans() - warm)
                .as("plans added by %d more rounds of the same requests", ROUNDS)
                .isLessThan(ROUNDS);
    }

    private static void requests(Session who, String project, String task, int rounds) {
        for (int i = 0; i < rounds; i++) {
            String to = i % 2 == 0 ? "in_progress" : "todo";
            who.request()
                    .body(Map.of("to", to))
                    .post("/api/v1/tasks/{id}/transitions", task)
                    .then()
                    .statusCode(200);
            who.request().get("/api/v1/tasks/{id}", task).then().statusCode(200);
            who.request().get("/api/v1/projects/{id}/schedule", project).then().statusCode(200);
            who.request().get("/api/v1/me/tasks").then().statusCode(200);
        }
    }

    private int cachedPlans() {
        return entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getQueryEngine()
                .getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }
}
