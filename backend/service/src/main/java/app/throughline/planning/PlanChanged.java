package app.throughline.planning;

import java.util.UUID;

/**
 * Fired inside the transaction of any change that can move a project's schedule (tasks,
 * dependencies, calendars, progress), so the schedule is recomputed before the response returns.
 */
public record PlanChanged(UUID projectId) {}
