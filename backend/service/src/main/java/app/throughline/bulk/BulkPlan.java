package app.throughline.bulk;

import app.throughline.bulk.BulkDtos.BulkDependency;
import app.throughline.bulk.BulkDtos.BulkTask;
import java.util.List;
import java.util.UUID;

/**
 * A bulk request that passed every check that needs no database: items and links resolved to
 * request indexes, the new tasks' ids chosen, and the hierarchy's depths known.
 *
 * @param parentIndex for each task, the index of its parent in this request, or -1
 * @param depth for each task, its depth in the request's own hierarchy (0 for a task without a parent here)
 * @param links for each dependency, {predecessor index, successor index}
 * @param existingParents the parentIds that name tasks already in the project; only the database can confirm them
 */
record BulkPlan(
        List<BulkTask> tasks,
        UUID[] ids,
        int[] parentIndex,
        int[] depth,
        List<BulkDependency> dependencies,
        int[][] links) {}
