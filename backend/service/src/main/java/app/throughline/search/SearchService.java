package app.throughline.search;

import app.throughline.api.InvalidRequest;
import app.throughline.search.SearchDtos.SearchResults;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Search across the workspace: what a member may read, ranked. */
@ApplicationScoped
public class SearchService {

    /** Longest search text accepted. */
    public static final int MAX_QUERY_LENGTH = 200;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final SearchRepository repository;
    private final TenantGuard guard;

    SearchService(SearchRepository repository, TenantGuard guard) {
        this.repository = repository;
        this.guard = guard;
    }

    @Transactional
    public SearchResults search(UUID workspaceId, String q, int limit) {
        guard.require(workspaceId, Role.viewer);
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw InvalidRequest.field("q", "must not be empty: type what to search for");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw InvalidRequest.field("q", "must have at most " + MAX_QUERY_LENGTH + " characters");
        }
        String tsQuery = prefixQuery(text);
        if (tsQuery.isEmpty()) {
            return new SearchResults(List.of());
        }
        return new SearchResults(repository.search(workspaceId, tsQuery, text, limit));
    }

    /**
     * Every word of the text as a prefix, all required: {@code "home wirefr"} → {@code home:* & wirefr:*}.
     * Only letters and digits reach the query, so no search text can be tsquery syntax.
     */
    static String prefixQuery(String text) {
        List<String> terms = new ArrayList<>();
        Matcher words = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (words.find() && terms.size() < 16) {
            terms.add(words.group() + ":*");
        }
        return String.join(" & ", terms);
    }
}
