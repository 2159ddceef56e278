package app.throughline.dependency;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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

            Instant createdAt) {

        public static DependencyView of(Dependency d) {
            return new DependencyView(
                    d.id,
                    d.workspaceId,
                    d.predecessorId,
                    d.successorId,
                    d.type,
                    app.throughline.api.Decimals.plain(d.lagDays),
                    d.createdAt);
        }
    }

    @Schema(name = "CreateDependency")
    public record CreateDependency(
            @NotNull UUID predecessorId,
            @NotNull UUID successorId,
            @Schema(defaultValue = "fs", example = "fs") DependencyType type,

            @DecimalMin("-10000") @DecimalMax("10000") @Digits(integer = 5, fraction = 3) @Schema(example = "2")
            BigDecimal lagDays) {}

    @Schema(name = "DependencyPatch")
    public record DependencyPatch(
            @Schema(example = "ss") DependencyType type,

            @DecimalMin("-10000") @DecimalMax("10000") @Digits(integer = 5, fraction = 3) @Schema(example = "0.5")
            BigDecimal lagDays) {}
}
