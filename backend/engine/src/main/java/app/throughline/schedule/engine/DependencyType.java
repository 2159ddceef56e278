package app.throughline.schedule.engine;

/** The four dependency (link) types between a predecessor and a successor. */
public enum DependencyType {
    /** Finish-to-start: the successor starts after the predecessor finishes (plus lag). */
    FS,
    /** Start-to-start: the successor starts after the predecessor starts (plus lag). */
    SS,
    /** Finish-to-finish: the successor finishes after the predecessor finishes (plus lag). */
    FF,
    /** Start-to-finish: the successor finishes after the predecessor starts (plus lag). */
    SF
}
