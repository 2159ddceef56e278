package app.throughline.person;

import app.throughline.api.NotBlankWhenSent;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of people and their time off. */
public final class PersonDtos {

    private PersonDtos() {}

    static final String UNITS_DESCRIPTION =
            "Capacity as a share of the person's calendar: 1.0 = full time, 0.5 = half time; above 0, at most 10";

    @Schema(name = "Person")
    public record PersonView(
            @Schema(example = "3b9e1f7a-5c2d-4e8f-a6b1-0d9c8e7f6a54")
            UUID id,

            @Schema(example = "6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11")
            UUID workspaceId,

            @Schema(example = "Priya Natarajan") String name,
            @Schema(example = "priya@northwind.example") String email,

            @Schema(
                    description = "The user this person is, if they sign in",
                    example = "1b7e3c52-4d0e-4b8f-a1b2-9a3c5d7e9f01")
            UUID userId,

            @Schema(example = "0c5e7a9b-3d4f-4a1b-9c8d-7e6f5a4b3c21")
            UUID teamId,

            @Schema(
                    description = "The person's working calendar (the workspace's default unless they have their own)",
                    example = "9d2f4b6a-1c3e-4f5a-8b7c-6d5e4f3a2b10")
            UUID calendarId,

            @Schema(description = UNITS_DESCRIPTION, example = "1.0")
            double maxUnits,

            Instant createdAt,
            Instant updatedAt) {

        static PersonView of(Person person) {
            return new PersonView(
                    person.id,
                    person.workspaceId,
                    person.name,
                    person.email,
                    person.userId,
                    person.teamId,
                    person.calendarId,
                    person.maxUnits.doubleValue(),
                    person.createdAt,
                    person.updatedAt);
        }
    }

    @Schema(name = "CreatePerson")
    public record CreatePerson(
            @NotBlank @Size(max = 200) @Schema(example = "Priya Natarajan")
            String name,

            @Email @Size(max = 320) @Schema(example = "priya@northwind.example")
            String email,

            @Schema(
                    description = "A member of the workspace this person is",
                    example = "1b7e3c52-4d0e-4b8f-a1b2-9a3c5d7e9f01")
            UUID userId,

            @Schema(description = "A team of the same workspace", example = "0c5e7a9b-3d4f-4a1b-9c8d-7e6f5a4b3c21")
            UUID teamId,

            @Schema(
                    description = "A calendar of the same workspace; absent: the workspace's default calendar",
                    example = "9d2f4b6a-1c3e-4f5a-8b7c-6d5e4f3a2b10")
            UUID calendarId,

            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "10", message = "must be at most 10")
            @Digits(integer = 2, fraction = 2, message = "must have at most two decimals")
            @Schema(description = UNITS_DESCRIPTION + "; absent: 1.0", example = "0.8")
            BigDecimal maxUnits) {}

    @Schema(
            name = "PersonPatch",
            description = "Fields to change; absent fields stay as they are; null clears email, userId or teamId, "
                    + "and gives calendarId back the workspace's default calendar.")
    public record PersonPatch(
            @NotBlankWhenSent
            @Size(min = 1, max = 200)
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            @Schema(example = "Priya N.")
            String name,

            @Schema(
                    implementation = String.class,
                    format = "email",
                    maxLength = 320,
                    nullable = true,
                    example = "priya@northwind.example")
            Optional<@Email @Size(max = 320) String> email,

            @Schema(implementation = UUID.class, nullable = true)
            Optional<UUID> userId,

            @Schema(implementation = UUID.class, nullable = true)
            Optional<UUID> teamId,

            @Schema(implementation = UUID.class, nullable = true)
            Optional<UUID> calendarId,

            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "10", message = "must be at most 10")
            @Digits(integer = 2, fraction = 2, message = "must have at most two decimals")
            @Schema(description = UNITS_DESCRIPTION, example = "0.5")
            BigDecimal maxUnits) {}

    @Schema(name = "TimeOff")
    public record TimeOffView(
            @Schema(example = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c")
            UUID id,

            @Schema(example = "3b9e1f7a-5c2d-4e8f-a6b1-0d9c8e7f6a54")
            UUID personId,

            @Schema(example = "6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11")
            UUID workspaceId,

            @Schema(example = "2026-12-21") LocalDate startDate,

            @Schema(description = "Inclusive", example = "2026-12-31")
            LocalDate endDate,

            @Schema(example = "Vacation") String reason,
            Instant createdAt) {

        static TimeOffView of(TimeOff timeOff) {
            return new TimeOffView(
                    timeOff.id,
                    timeOff.personId,
                    timeOff.workspaceId,
                    timeOff.startDate,
                    timeOff.endDate,
                    timeOff.reason,
                    timeOff.createdAt);
        }
    }

    @Schema(name = "CreateTimeOff")
    public record CreateTimeOff(
            @NotNull @Schema(example = "2026-12-21") LocalDate startDate,

            @NotNull @Schema(description = "Inclusive; not before startDate", example = "2026-12-31")
            LocalDate endDate,

            @Size(max = 500) @Schema(example = "Vacation") String reason) {}
}
