package app.throughline.procedure;

import app.throughline.api.NotBlankWhenSent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of procedures. */
public final class ProcedureDtos {

    private ProcedureDtos() {}

    static final int MAX_BODY = 100_000;

    @Schema(name = "Procedure", description = "A standard operating procedure (markdown), with its sanitised HTML")
    public record ProcedureView(
            @Schema(example = "3b0f6f43-2f6e-4c1a-9d5e-0c7f7c1f9a10")
            UUID id,

            UUID workspaceId,

            @Schema(example = "Client review checklist") String title,

            @Schema(example = "1. Send the proof to the client\n2. Chase after **two days**")
            String bodyMarkdown,

            @Schema(
                    description = "The markdown rendered on the server and sanitised: no script, event handler, "
                            + "style, frame, image or non-http(s)/mailto link survives",
                    readOnly = true,
                    example =
                            "<ol><li>Send the proof to the client</li><li>Chase after <strong>two days</strong></li></ol>")
            String bodyHtml,

            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "Row version: the ETag", example = "0")
            long version) {

        static ProcedureView of(Procedure p) {
            return new ProcedureView(
                    p.id,
                    p.workspaceId,
                    p.title,
                    p.bodyMarkdown,
                    MarkdownHtml.render(p.bodyMarkdown),
                    p.createdAt,
                    p.updatedAt,
                    p.version);
        }
    }

    @Schema(name = "ProcedureSummary", description = "A procedure in a list: no body")
    public record ProcedureSummary(
            UUID id,
            @Schema(example = "Client review checklist") String title,
            Instant updatedAt) {

        static ProcedureSummary of(Procedure p) {
            return new ProcedureSummary(p.id, p.title, p.updatedAt);
        }
    }

    @Schema(name = "CreateProcedure")
    public record CreateProcedure(
            @NotBlank @Size(max = 200) @Schema(example = "Client review checklist")
            String title,

            @Size(max = MAX_BODY) @Schema(example = "1. Send the proof to the client\n2. Chase after **two days**")
            String bodyMarkdown) {}

    @Schema(name = "ProcedurePatch", description = "Fields to change; absent fields stay as they are")
    public record ProcedurePatch(
            @NotBlankWhenSent
            @Size(min = 1, max = 200)
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            @Schema(example = "Client review checklist (v2)")
            String title,

            @Size(max = MAX_BODY) @Schema(example = "1. Send the proof\n2. Chase after **one day**")
            String bodyMarkdown) {}

    @Schema(
            name = "TaskProcedures",
            description = "The procedures to follow for a task in its current status (from its project's workflow)")
    public record TaskProcedures(
            UUID taskId, @Schema(example = "client_review") String status, List<ProcedureView> items) {}
}
