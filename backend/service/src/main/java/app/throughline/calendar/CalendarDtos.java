package app.throughline.calendar;

import app.throughline.api.NotBlankWhenSent;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of working calendars. */
public final class CalendarDtos {

    private CalendarDtos() {}

    /** HH:mm from 00:00 to 23:59, or 24:00 (the end of the day, only as {@code to}). */
    static final String TIME_PATTERN = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";

    static final String TIME_MESSAGE = "must be a time of day as HH:mm (00:00 to 24:00)";

    @Schema(
            name = "WorkingTime",
            description = "A working interval within one day; `to` may be 24:00 (end of the day).")
    public record WorkingTime(
            @NotNull
            @Pattern(regexp = TIME_PATTERN, message = TIME_MESSAGE)
            @Schema(example = "08:00", pattern = TIME_PATTERN)
            String from,

            @NotNull
            @Pattern(regexp = TIME_PATTERN, message = TIME_MESSAGE)
            @Schema(example = "12:00", pattern = TIME_PATTERN)
            String to) {}

    @Schema(
            name = "WorkWeek",
            description =
                    "Working times per weekday, sorted and not overlapping; an empty or absent day is non-working.")
    public record WorkWeek(
            @Size(max = 24) List<@Valid @NotNull WorkingTime> mon,
            @Size(max = 24) List<@Valid @NotNull WorkingTime> tue,
            @Size(max = 24) List<@Valid @NotNull WorkingTime> wed,
            @Size(max = 24) List<@Valid @NotNull WorkingTime> thu,
            @Size(max = 24) List<@Valid @NotNull WorkingTime> fri,
            @Size(max = 24) List<@Valid @NotNull WorkingTime> sat,
            @Size(max = 24) List<@Valid @NotNull WorkingTime> sun) {}

    @Schema(
            name = "CalendarException",
            description =
                    "Days that differ from the work week: non-working (no `workingTimes`) or with their own working times.")
    public record CalendarException(
            @NotNull @Schema(example = "2026-12-24") LocalDate startDate,

            @NotNull @Schema(description = "Inclusive; not before startDate", example = "2027-01-01")
            LocalDate endDate,

            @NotBlank @Size(max = 200) @Schema(example = "Christmas and New Year")
            String name,

            @Size(max = 24) @Schema(description = "Working times on these days; empty or absent = non-working")
            List<@Valid @NotNull WorkingTime> workingTimes) {}

    @Schema(name = "Calendar")
    public record CalendarView(
            @Schema(example = "9d2f4b6a-1c3e-4f5a-8b7c-6d5e4f3a2b10")
            UUID id,

            @Schema(example = "6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11")
            UUID workspaceId,

            @Schema(example = "Standard") String name,

            @JsonProperty("isDefault")
            @Schema(
                    name = "isDefault",
                    description = "The workspace's default calendar (read-only); it cannot be deleted")
            boolean isDefault,

            WorkWeek workWeek,
            @Schema(description = "Sorted by startDate") List<CalendarException> exceptions,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "CreateCalendar")
    public record CreateCalendar(
            @NotBlank
            @Size(max = 200)
            @Schema(description = "Unique in the workspace, ignoring case", example = "Four-day week")
            String name,

            @Valid @Schema(description = "Absent: Mon–Fri 08:00–12:00 and 13:00–17:00")
            WorkWeek workWeek,

            @Size(max = 1000) List<@Valid @NotNull CalendarException> exceptions) {}

    @Schema(
            name = "CalendarPatch",
            description = "Fields to change; `workWeek` and `exceptions` replace the old ones whole.")
    public record CalendarPatch(
            @NotBlankWhenSent
            @Size(min = 1, max = 200)
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            @Schema(example = "Standard (DE)")
            String name,

            @Valid WorkWeek workWeek,
            @Size(max = 1000) List<@Valid @NotNull CalendarException> exceptions) {}
}
