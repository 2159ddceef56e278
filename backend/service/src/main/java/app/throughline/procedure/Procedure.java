package app.throughline.procedure;

import app.throughline.activity.Changes;
import app.throughline.workspace.VersionedTenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A standard operating procedure: a markdown document of a workspace. */
@Entity
@Table(name = "procedures")
public class Procedure extends VersionedTenantEntity {

    public String title;

    public String bodyMarkdown;

    public UUID createdBy;

    public Instant updatedAt;

    static Procedure create(UUID workspaceId, String title, String bodyMarkdown, UUID createdBy) {
        Procedure procedure = new Procedure();
        procedure.id = UUID.randomUUID();
        procedure.workspaceId = workspaceId;
        procedure.title = title;
        procedure.bodyMarkdown = bodyMarkdown == null ? "" : bodyMarkdown;
        procedure.createdBy = createdBy;
        procedure.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        procedure.updatedAt = procedure.createdAt;
        return procedure;
    }

    Changes snapshot(boolean created) {
        return new Changes()
                .snapshot("title", title, created)
                .snapshot("bodyMarkdownLength", bodyMarkdown.length(), created);
    }
}
