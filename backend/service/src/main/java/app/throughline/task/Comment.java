package app.throughline.task;

import app.throughline.workspace.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "comments")
public class Comment extends TenantEntity {

    public UUID taskId;

    public UUID authorId;

    public String body;
}
