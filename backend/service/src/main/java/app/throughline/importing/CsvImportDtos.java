package app.throughline.importing;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a CSV import into a project, dry run or not. */
public final class CsvImportDtos {

    private CsvImportDtos() {}

    @Schema(name = "CsvProblem", description = "One thing in the file that stops the import")
    public record CsvProblem(
            @Schema(description = "The row as a spreadsheet numbers it: the header is row 1", example = "4")
            int row,

            @Schema(
                    description = "The column's header as written in the file; absent for the file as a whole",
                    example = "Predecessors")
            String column,

            @Schema(example = "No task has the ID 12 (in \"12FS+2d\")")
            String message) {}

    @Schema(name = "CsvImportedTask")
    public record CsvImportedTask(
            @Schema(example = "2") int row,

            @Schema(example = "5d0f3c52-9f5e-4d52-8a36-4fb0c3d0a1e2")
            UUID id,

            @Schema(example = "WEB-14") String key) {}

    @Schema(name = "CsvImportResult")
    public record CsvImportResult(
            @Schema(description = "True when nothing was written (a dry run)", example = "true")
            boolean dryRun,

            @Schema(description = "Tasks in the file (created, unless a dry run)", example = "12")
            int tasks,

            @Schema(description = "Links in the file", example = "11")
            int dependencies,

            @Schema(description = "Assignments in the file", example = "7")
            int assignments,

            @Schema(description = "Every problem, by row and column; empty when the file can be imported")
            List<CsvProblem> problems,

            @Schema(
                    description = "Header names that are not read (e.g. Finish, which the schedule computes)",
                    example = "[\"Finish\"]")
            List<String> ignoredColumns,

            @Schema(description = "The tasks created, by row (empty on a dry run)")
            List<CsvImportedTask> created) {}
}
