package app.throughline.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the people a comment names. An {@code @} at the start of the text or after a character that
 * is not part of a word starts a mention; it names a person of the workspace by
 * <ul>
 *   <li>their full name, as written ({@code @Priya Sharma}; the longest name that fits wins), or
 *   <li>a handle: the name without spaces or with dots, dashes or underscores for them
 *       ({@code @priya.sharma}, {@code @PriyaSharma}), the part of their e-mail before the {@code @}, or
 *       their first name when no one else in the workspace has it ({@code @priya}).
 * </ul>
 * Case does not matter. An e-mail address in the text ({@code ada@example.com}) is not a mention.
 */
public final class Mentions {

    /** A person who can be mentioned. */
    public record Candidate(UUID id, String name, String email) {}

    private final List<Candidate> candidates;
    private final Map<String, UUID> handles = new HashMap<>();

    public Mentions(List<Candidate> candidates) {
        this.candidates = candidates;
        Map<String, List<UUID>> firstNames = new HashMap<>();
        for (Candidate c : candidates) {
            String name = c.name().trim().toLowerCase(Locale.ROOT);
            String[] words = name.split("\\s+");
            handles.putIfAbsent(String.join("", words), c.id());
            handles.putIfAbsent(String.join(".", words), c.id());
            handles.putIfAbsent(String.join("-", words), c.id());
            handles.putIfAbsent(String.join("_", words), c.id());
            if (c.email() != null && c.email().indexOf('@') > 0) {
                handles.putIfAbsent(
                        c.email().substring(0, c.email().indexOf('@')).toLowerCase(Locale.ROOT), c.id());
            }
            firstNames.computeIfAbsent(words[0], k -> new ArrayList<>()).add(c.id());
        }
        firstNames.forEach((first, ids) -> {
            if (ids.size() == 1) {
                handles.putIfAbsent(first, ids.get(0));
            }
        });
    }

    /** The people the text mentions, in the order they first appear. */
    public List<UUID> in(String text) {
        Set<UUID> found = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
            if (at > 0 && isWordChar(lower.charAt(at - 1))) {
                continue; // part of an e-mail address or a word
            }
            String rest = lower.substring(at + 1);
            UUID byName = byFullName(rest);
            if (byName != null) {
                found.add(byName);
                continue;
            }
            String handle = handleAt(rest);
            if (!handle.isEmpty() && handles.containsKey(handle)) {
                found.add(handles.get(handle));
            }
        }
        return List.copyOf(found);
    }

    private UUID byFullName(String rest) {
        UUID best = null;
        int bestLength = 0;
        for (Candidate c : candidates) {
            String name = c.name().trim().toLowerCase(Locale.ROOT);
            if (name.length() > bestLength
                    && rest.startsWith(name)
                    && (rest.length() == name.length() || !isWordChar(rest.charAt(name.length())))) {
                best = c.id();
                bestLength = name.length();
            }
        }
        return best;
    }

    private static String handleAt(String rest) {
        int end = 0;
        while (end < rest.length() && (isWordChar(rest.charAt(end)) || "._-".indexOf(rest.charAt(end)) >= 0)) {
            end++;
        }
        // a sentence's full stop or dash after the handle is not part of it
        while (end > 0 && "._-".indexOf(rest.charAt(end - 1)) >= 0) {
            end--;
        }
        return rest.substring(0, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
