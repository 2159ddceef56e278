package app.throughline.search;

import app.throughline.search.SearchDtos.SearchHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * One ranked query over tasks, projects, milestones and people of a workspace. A row matches when
 * its full-text vector matches every word of the search as a prefix, or when its title or name is
 * close to the search by trigrams (typos); full-text rank and trigram similarity add up, and a task
 * whose key is the search (WEB-4) comes first.
 */
@ApplicationScoped
public class SearchRepository {

    /** Trigram word similarity needed to count as a typo of a title or name (pg_trgm's default is 0.6). */
    static final String TYPO_THRESHOLD = "0.45";

    private static final String SQL = """
            WITH q AS (SELECT to_tsquery('simple', :tsq) AS tsq, lower(:raw) AS raw)
            SELECT kind, id, title, snippet, project_id FROM (
              SELECT 'task' AS kind, t.id, t.title,
                     p.key || '-' || t.number
                       || CASE WHEN t.description IS NULL OR NOT t.search_vector @@ q.tsq THEN ''
                               ELSE ' · ' || ts_headline('simple', t.description, q.tsq,
                                    'StartSel="",StopSel="",MaxWords=18,MinWords=6,ShortWord=2') END AS snippet,
                     t.project_id,
                     ts_rank(t.search_vector, q.tsq) + word_similarity(q.raw, lower(t.title))
                       + CASE WHEN lower(p.key || '-' || t.number) = q.raw THEN 10 ELSE 0 END AS rank
                FROM tasks t JOIN projects p ON p.id = t.project_id, q
               WHERE t.workspace_id = :ws
                 AND (t.search_vector @@ q.tsq OR q.raw <% lower(t.title) OR lower(p.key || '-' || t.number) = q.raw)
              UNION ALL
              SELECT 'project', p.id, p.name, p.key, p.id,
                     ts_rank(p.search_vector, q.tsq) + word_similarity(q.raw, lower(p.name))
                FROM projects p, q
               WHERE p.workspace_id = :ws AND (p.search_vector @@ q.tsq OR q.raw <% lower(p.name))
              UNION ALL
              SELECT 'milestone', m.id, m.name, 'due ' || to_char(m.due_date, 'YYYY-MM-DD'), m.project_id,
                     ts_rank(m.search_vector, q.tsq) + word_similarity(q.raw, lower(m.name))
                FROM milestones m, q
               WHERE m.workspace_id = :ws AND (m.search_vector @@ q.tsq OR q.raw <% lower(m.name))
              UNION ALL
              SELECT 'person', pe.id, pe.name, pe.email, NULL,
                     ts_rank(pe.search_vector, q.tsq) + word_similarity(q.raw, lower(pe.name))
                FROM people pe, q
               WHERE pe.workspace_id = :ws AND (pe.search_vector @@ q.tsq OR q.raw <% lower(pe.name))
            ) hits
            ORDER BY rank DESC, title, id
            LIMIT :limit
            """;

    private final EntityManager entityManager;

    SearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must run in a transaction: the typo threshold is set for it alone. */
    public List<SearchHit> search(UUID workspaceId, String tsQuery, String raw, int limit) {
        entityManager
                .createNativeQuery("SELECT set_config('pg_trgm.word_similarity_threshold', :t, true)")
                .setParameter("t", TYPO_THRESHOLD)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(SQL)
                .setParameter("tsq", tsQuery)
                .setParameter("raw", raw)
                .setParameter("ws", workspaceId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream()
                .map(r -> new SearchHit((String) r[0], (UUID) r[1], (String) r[2], (String) r[3], (UUID) r[4]))
                .toList();
    }
}
