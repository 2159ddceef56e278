package app.throughline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import app.throughline.calendar.CalendarDefinition;
import app.throughline.calendar.CalendarService;
import app.throughline.person.Person;
import app.throughline.person.PersonRepository;
import app.throughline.person.TimeOffRepository;
import app.throughline.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The demo workspace has cross-functional people with part-timers, own calendars, time off and a Christmas break. */
@QuarkusTest
class DemoPeopleTest {

    @Inject
    PersonRepository people;

    @Inject
    TimeOffRepository timeOff;

    @Inject
    CalendarService calendars;

    @Test
    void shouldSeedTheNorthwindPeople() {
        String token = Api.login(DemoSeeder.EMAIL, DemoSeeder.PASSWORD);
        Supplier<RequestSpecification> coordinator =
                () -> RestAssured.given().header("Authorization", "Bearer " + token);
        UUID workspace = UUID.fromString(
                coordinator.get().get("/api/v1/me").then().extract().path("memberships[0].workspaceId"));
        UUID me = UUID.fromString(
                coordinator.get().get("/api/v1/me").then().extract().path("user.id"));

        List<Person> everyone = people.findByWorkspace(workspace);
        assertThat(everyone).hasSizeBetween(18, 22);
        assertThat(everyone).extracting(p -> p.maxUnits.doubleValue()).contains(0.5, 0.8, 1.0);
        assertThat(people.findByUser(workspace, me)).map(p -> p.name).contains("Casey Coordinator");

        coordinator
                .get()
                .get("/api/v1/workspaces/{id}/teams", workspace)
                .then()
                .statusCode(200)
                .body(
                        "items.name",
                        equalTo(List.of("Account management", "Content", "Design", "Engineering", "Marketing")));
        coordinator
                .get()
                .get("/api/v1/workspaces/{id}/calendars", workspace)
                .then()
                .statusCode(200)
                .body("items.name", hasItems("Standard", "Four-day week"))
                .body("items.find { it.isDefault }.exceptions.name", hasItem("Christmas and New Year"));

        UUID standard = calendars.defaultCalendarFor(workspace);
        CalendarDefinition definition =
                calendars.definition(workspace, standard).orElseThrow();
        assertThat(definition.workingMinutesOn(LocalDate.of(2026, 12, 28))).isZero();
        assertThat(definition.workingMinutesOn(LocalDate.of(2027, 1, 4))).isEqualTo(480);
        assertThat(everyone).filteredOn(p -> !p.calendarId.equals(standard)).hasSize(1);

        assertThat(timeOff.findByWorkspaceOverlapping(workspace, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28)))
                .hasSizeGreaterThanOrEqualTo(6);
    }
}
