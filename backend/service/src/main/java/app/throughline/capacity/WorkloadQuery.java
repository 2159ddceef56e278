package app.throughline.capacity;

import app.throughline.api.InvalidRequest;
import app.throughline.capacity.WorkloadDtos.Granularity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/** The validated query of {@code GET /workspaces/{id}/workload}. */
public record WorkloadQuery(LocalDate from, LocalDate to, Granularity granularity, UUID teamId, UUID personId) {

    /** The longest window, in days (a year, leap or not). */
    public static final int MAX_DAYS = 366;

    /** Parses the raw query parameters: 400 for unreadable ones, 422 (naming {@code to}) for a bad window. */
    public static WorkloadQuery parse(String from, String to, String granularity, String teamId, String personId) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw InvalidRequest.field("to", "must not be before from (" + start + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw InvalidRequest.field("to", "the window may span at most " + MAX_DAYS + " days");
        }
        Granularity unit = Granularity.day;
        if (granularity != null && !granularity.isBlank()) {
            try {
                unit = Granularity.valueOf(granularity.trim().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidRequest.parameter("granularity", "must be day or week");
            }
        }
        return new WorkloadQuery(start, end, unit, uuid("teamId", teamId), uuid("personId", personId));
    }

    /** Number of days in the window. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequest.parameter(name, "is required (an ISO date such as 2026-12-01)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidRequest.parameter(name, "must be an ISO date such as 2026-12-01");
        }
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.parameter(name, "must be a UUID");
        }
    }
}
