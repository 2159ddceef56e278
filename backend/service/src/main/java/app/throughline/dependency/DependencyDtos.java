package app.throughline.dependency;

import app.throughline.task.ExactDuration;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DependencyDtos {

    private DependencyDtos() {}

    @Schema(name = "Dependency")
    public record DependencyView(
            @Schema(example = "c3a1f5e2-7b4d-4e8a-9c0f-1d2e3f4a5b6c")
            UUID id,

            UUID workspaceId,
            UUID predecessorId,
            UUID successorId,
            @Schema(example = "fs") DependencyType type,

            @Schema(description = "Working days; negative is a lead", example = "-1.5")
            BigDecimal lagDays,

            @Schema(
                    description =
                            "The same lag exactly, in working minutes (a working day is the project calendar's day,"
                                    + " 480 minutes on the default); negative is a lead",
                    example = "-720")
            int lagMinutes,

            Instant createdAt) {

        public static DependencyView of(Dependency d, int minutesPerDay) {
            return new DependencyView(
                    d.id,
                    d.workspaceId,
                    d.predecessorId,
                    d.successorId,
                    d.type,
                    app.throughline.api.Decimals.plain(d.lagDays),
                    ExactDuration.minutes(d.lagDays, d.lagMinutes, minutesPerDay),
                    d.createdAt);
        }
    }

    @Schema(name = "CreateDependency")
    public record CreateDependency(
            @NotNull UUID predecessorId,
            @NotNull UUID successorId,
            @Schema(defaultValue = "fs", example = "fs") DependencyType type,

            @DecimalMin("-10000") @DecimalMax("10000") @Digits(integer = 5, fraction = 3) @Schema(example = "2")
            BigDecimal lagDays,

            @Min(-ExactDuration.MAX_MINUTES)
            @Max(ExactDuration.MAX_MINUTES)
            @Schema(
                    description =
                            "The lag exactly, in working minutes (negative is a lead). Send lagDays or lagMinutes;"
                                    + " both only when they agree (else 422)",
                    example = "45")
            Integer lagMinutes) {}

    @Schema(name = "DependencyPatch")
    public record DependencyPatch(
            @Schema(example = "ss") DependencyType type,

            @DecimalMin("-10000") @DecimalMax("10000") @Digits(integer = 5, fraction = 3) @Schema(example = "0.5")
            BigDecimal lagDays,

            @Min(-ExactDuration.MAX_MINUTES)
            @Max(ExactDuration.MAX_MINUTES)
            @Schema(
                    description =
                            "The lag exactly, in working minutes (negative is a lead). Send lagDays or lagMinutes;"
                                    + " both only when they agree (else 422)",
                    example = "45")
            Integer lagMinutes) {}
}
