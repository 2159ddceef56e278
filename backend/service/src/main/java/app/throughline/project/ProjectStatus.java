package app.throughline.project;

/** Lifecycle of a project (lowercase: these are the wire and database values). */
public enum ProjectStatus {
    planned,
    active,
    on_hold,
    completed,
    cancelled
}
