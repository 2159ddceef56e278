package app.throughline.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the ETag of a resource is its row version, and a write that
 * carries a stale {@code If-Match} is refused with 412 before anything changes.
 */
public final class Etags {

    private Etags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Whether a list of entity tags (as in If-None-Match; weak or strong, or {@code *}) names the tag. */
    public static boolean matchesAny(String header, String tag) {
        if (header == null || header.isBlank()) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String value = candidate.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (value.equals("*") || value.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Throws 412 unless {@code ifMatch} is absent, {@code *}, or names the current version. */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new StalePrecondition("The object has changed since you read it (current ETag \"" + current
                + "\"); fetch it again and retry with the new If-Match");
    }
}
