package app.throughline.dependency;

/** Finish-to-start, start-to-start, finish-to-finish, start-to-finish (lowercase wire values). */
public enum DependencyType {
    fs,
    ss,
    ff,
    sf
}
