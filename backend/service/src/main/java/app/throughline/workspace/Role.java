package app.throughline.workspace;

/**
 * A member's role in a workspace, weakest first. Constants are lowercase because they are the
 * wire values and database values as they stand (API enums are lowercase).
 */
public enum Role {
    viewer,
    member,
    coordinator,
    admin,
    owner;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
