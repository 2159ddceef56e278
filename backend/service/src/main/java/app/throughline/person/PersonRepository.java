package app.throughline.person;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People, always scoped by workspace. */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** All people of a workspace, by name. */
    public List<Person> findByWorkspace(UUID workspaceId) {
        return find("workspaceId = ?1 order by lower(name), id", workspaceId).list();
    }

    /** The person {@code id} if they belong to {@code workspaceId}. */
    public Optional<Person> findInWorkspace(UUID workspaceId, UUID id) {
        return find("id = ?1 and workspaceId = ?2", id, workspaceId).firstResultOptional();
    }

    /** The person a user is in a workspace ("my work"), if any. */
    public Optional<Person> findByUser(UUID workspaceId, UUID userId) {
        return find("workspaceId = ?1 and userId = ?2", workspaceId, userId).firstResultOptional();
    }

    /** The person of the workspace with this e-mail address, ignoring case. */
    public Optional<Person> findByEmail(UUID workspaceId, String email) {
        return find("workspaceId = ?1 and lower(email) = lower(?2)", workspaceId, email)
                .firstResultOptional();
    }

    /** The members of a team, by name. */
    public List<Person> findByTeam(UUID teamId) {
        return find("teamId = ?1 order by lower(name), id", teamId).list();
    }

    public long countByCalendar(UUID calendarId) {
        return count("calendarId", calendarId);
    }

    /** The filters of the people list; null means "any". */
    public record Filter(UUID teamId, UUID userId, String text) {}

    /** A page sorted by name (case-insensitive), then id, after the cursor. */
    public List<Person> page(UUID workspaceId, Filter filter, Cursor after, int limitPlusOne) {
        StringBuilder query = new StringBuilder("workspaceId = :ws");
        Parameters parameters = Parameters.with("ws", workspaceId);
        if (filter.teamId() != null) {
            query.append(" and teamId = :team");
            parameters.and("team", filter.teamId());
        }
        if (filter.userId() != null) {
            query.append(" and userId = :user");
            parameters.and("user", filter.userId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.append(
                    " and (lower(name) like :text escape '\\' or lower(coalesce(email, '')) like :text escape '\\')");
            parameters.and("text", "%" + escapeLike(filter.text().trim().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (after != null) {
            query.append(" and (lower(name) > lower(:name) or (lower(name) = lower(:name) and id > :id))");
            parameters.and("name", after.text(0)).and("id", after.uuid(1));
        }
        query.append(" order by lower(name), id");
        return find(query.toString(), parameters).page(0, limitPlusOne).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
