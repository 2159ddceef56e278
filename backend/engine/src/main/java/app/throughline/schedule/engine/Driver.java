package app.throughline.schedule.engine;

/**
 * Why a task starts when it does.
 *
 * @param kind what fixed the early start
 * @param dependency the index of the driving dependency (as returned by the input builder) when
 *     {@code kind} is {@link DriverKind#DEPENDENCY} (or {@link DriverKind#LEVELING_DELAY} added
 *     after a dependency), otherwise -1
 * @param viaSummary the index of the summary task whose dependency or constraint was inherited,
 *     or -1 when the driver is the task's own
 */
public record Driver(DriverKind kind, int dependency, int viaSummary) {}
