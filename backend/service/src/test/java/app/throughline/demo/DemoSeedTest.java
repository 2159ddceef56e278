package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.throughline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/** The test run starts from an empty database, so the service's start-up seeded it; it never seeds twice. */
@QuarkusTest
class DemoSeedTest {

    @Inject
    DemoSeeder seeder;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldSeedTheDemoWorkspaceAndLoginExactlyOnce() {
        assertThat(seeder.seedOnce()).as("a second seeding").isFalse();

        long workspaces = ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM workspaces WHERE name = 'Northwind Agency'")
                        .getSingleResult())
                .longValue();
        long users = ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM users WHERE email = 'coordinator@example.com'")
                        .getSingleResult())
                .longValue();
        assertThat(workspaces).isEqualTo(1);
        assertThat(users).isEqualTo(1);

        String token = Api.login(DemoSeeder.EMAIL, DemoSeeder.PASSWORD);
        RestAssured.given()
                .header("Authorization", "Bearer " + token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("memberships.workspaceName", hasItem("Northwind Agency"))
                .body("memberships[0].role", equalTo("owner"));
    }
}
