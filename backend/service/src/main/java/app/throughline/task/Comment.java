package app.throughline.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "comments")
public class Comment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "author_id")
    public UUID authorId;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;
}
