package app.throughline.milestone;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    /** A page of the project's milestones by due date, then id, after the cursor. */
    public List<Milestone> pageOfProject(UUID projectId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("projectId = :p order by dueDate, id", Parameters.with("p", projectId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "projectId = :p and (dueDate > :d or (dueDate = :d and id > :id)) order by dueDate, id",
                        Parameters.with("p", projectId)
                                .and("d", LocalDate.parse(after.text(0)))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }
}
