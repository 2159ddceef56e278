package app.throughline.search;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SearchDtos {

    private SearchDtos() {}

    @Schema(name = "SearchHit")
    public record SearchHit(
            @Schema(description = "task, project, milestone or person", example = "task")
            String kind,

            UUID id,

            @Schema(
                    description = "The task's title, the project's, milestone's or person's name",
                    example = "Homepage wireframes")
            String title,

            @Schema(
                    description = "Context: the task's key and a passage of its description, a project's key,"
                            + " a milestone's due date, a person's e-mail",
                    example = "WEB-4 · sketch the hero and the three content blocks")
            String snippet,

            @Schema(description = "The project of a task or milestone (and a project's own id)")
            UUID projectId) {}

    @Schema(name = "SearchResults")
    public record SearchResults(List<SearchHit> items) {}
}
