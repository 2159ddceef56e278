package app.throughline.template;

import app.throughline.dependency.DependencyType;
import app.throughline.procedure.ProcedureDtos.ProcedureSummary;
import app.throughline.project.ProjectDtos;
import app.throughline.task.TaskEnums.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Project templates: what a plan keeps when it is reused, and how a new project is made from one. */
public final class TemplateDtos {

    private TemplateDtos() {}

    @Schema(name = "TemplateTask", description = "A task of a template; `ref` names it inside the template")
    public record TemplateTask(
            @NotBlank @Size(max = 100) @Schema(example = "t1")
            String ref,

            @Size(max = 100) @Schema(description = "The summary task above it (WBS)", example = "t0")
            String parentRef,

            @NotBlank @Size(max = 500) @Schema(example = "Draft the creative brief")
            String title,

            @Size(max = 20000) String description,
            Priority priority,

            @NotNull @DecimalMin("0") @DecimalMax("10000") @Schema(example = "3")
            BigDecimal durationDays,

            @Size(max = 40)
            @Schema(description = "Who does it, by role (becomes the tag `role:<role>`)", example = "Copywriter")
            String role,

            @Schema(description = "Who does it, by team: the first person of the team is assigned on instantiation")
            UUID teamId,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") @Schema(example = "1")
            BigDecimal units) {}

    @Schema(name = "TemplateDependency")
    public record TemplateDependency(
            @NotBlank @Schema(example = "t1") String predecessorRef,
            @NotBlank @Schema(example = "t2") String successorRef,
            @Schema(defaultValue = "fs") DependencyType type,

            @DecimalMin("-10000") @DecimalMax("10000") @Schema(example = "1")
            BigDecimal lagDays) {}

    @Schema(name = "TemplateMilestone")
    public record TemplateMilestone(
            @NotBlank @Size(max = 200) @Schema(example = "Creative sign-off")
            String name,

            @NotNull
            @Min(0)
            @Max(5000)
            @Schema(description = "Due this many working days after the project start", example = "15")
            Integer offsetDays,

            @Size(max = 200) List<@NotBlank String> gatingRefs,
            Boolean committed) {}

    @Schema(name = "TemplateRisk", description = "A risk to consider on every project of this kind")
    public record TemplateRisk(
            @NotBlank @Size(max = 200) @Schema(example = "Client feedback arrives late")
            String title,

            @Size(max = 10000) String description,
            @NotNull @Min(1) @Max(5) Integer probability,
            @NotNull @Min(1) @Max(5) Integer impact,
            @Size(max = 10000) String mitigation) {}

    @Schema(name = "TemplateBody", description = "What a template holds")
    public record TemplateBody(
            @NotNull @Size(min = 1, max = 2000) List<@NotNull @Valid TemplateTask> tasks,
            @Size(max = 6000) List<@NotNull @Valid TemplateDependency> dependencies,
            @Size(max = 200) List<@NotNull @Valid TemplateMilestone> milestones,
            @Size(max = 200) List<@NotNull @Valid TemplateRisk> risks,
            @Size(max = 50) List<@NotNull UUID> procedureIds,

            @Schema(description = "The workflow new projects use (the workspace default when absent or gone)")
            UUID workflowId) {}

    @Schema(
            name = "CreateTemplate",
            description = "Either `fromProjectId` (save that project as a template) or a full `body`")
    public record CreateTemplate(
            @NotBlank @Size(max = 200) @Schema(example = "Agency campaign")
            String name,

            @Size(max = 2000) String description,
            UUID fromProjectId,
            @Valid TemplateBody body) {}

    @Schema(name = "TemplateSummary")
    public record TemplateSummary(
            UUID id,
            UUID workspaceId,
            @Schema(example = "Agency campaign") String name,
            String description,

            @Schema(description = "Shipped with Throughline")
            boolean builtIn,

            @Schema(example = "14") int taskCount,
            @Schema(example = "3") int milestoneCount,
            Instant createdAt) {}

    @Schema(name = "Template")
    public record TemplateView(
            UUID id,
            UUID workspaceId,
            @Schema(example = "Agency campaign") String name,
            String description,
            boolean builtIn,
            TemplateBody body,

            @Schema(description = "The procedures attached to the template")
            List<ProcedureSummary> procedures,

            Instant createdAt) {}

    @Schema(
            name = "InstantiateTemplate",
            description = "Give `startDate` to plan forwards, or `finishDate` to plan backwards: the new project's "
                    + "finish then lands on that date")
    public record InstantiateTemplate(
            @NotBlank
            @Pattern(regexp = ProjectDtos.KEY_PATTERN, message = ProjectDtos.KEY_MESSAGE)
            @Schema(example = "SPR")
            String key,

            @NotBlank @Size(max = 200) @Schema(example = "Spring campaign")
            String name,

            @Schema(example = "2027-03-01") LocalDate startDate,
            @Schema(example = "2027-04-30") LocalDate finishDate) {}
}
