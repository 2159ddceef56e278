package app.throughline.bulk;

import app.throughline.api.InvalidRequest;
import app.throughline.bulk.BulkDtos.BulkDependency;
import app.throughline.bulk.BulkDtos.BulkRequest;
import app.throughline.bulk.BulkDtos.BulkTask;
import app.throughline.dependency.CycleDetected;
import app.throughline.task.TaskEnums.ConstraintType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a bulk request as a whole before anything is written, so the request is all-or-nothing:
 * the first bad item is a 422 naming it ({@code tasks[3].parentRef}), a loop of dependencies a 409
 * naming the refs on it. Pure: no database, so it is tested alone; whether a {@code parentId} exists
 * is left to the caller.
 */
final class BulkValidator {

    private BulkValidator() {}

    static BulkPlan validate(BulkRequest request) {
        List<BulkTask> tasks = request.tasks();
        List<BulkDependency> dependencies = request.dependencies() == null ? List.of() : request.dependencies();
        Map<String, Integer> byRef = indexRefs(tasks);
        int[] parentIndex = resolveParents(tasks, byRef);
        int[] depth = depths(parentIndex);
        int[][] links = resolveLinks(dependencies, byRef, parentIndex);
        UUID[] ids = new UUID[tasks.size()];
        Arrays.setAll(ids, i -> UUID.randomUUID());
        refuseCycles(tasks, links, ids);
        return new BulkPlan(tasks, ids, parentIndex, depth, dependencies, links);
    }

    private static Map<String, Integer> indexRefs(List<BulkTask> tasks) {
        Map<String, Integer> byRef = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            BulkTask task = tasks.get(i);
            if (byRef.putIfAbsent(task.ref(), i) != null) {
                throw InvalidRequest.field(
                        "tasks[" + i + "].ref", "'" + task.ref() + "' is used by an earlier task of this request");
            }
            ConstraintType type = task.constraintType() == null ? ConstraintType.asap : task.constraintType();
            if (type.needsDate() && task.constraintDate() == null) {
                throw InvalidRequest.field("tasks[" + i + "].constraintDate", "is required for the constraint " + type);
            }
            if (!type.needsDate() && task.constraintDate() != null) {
                throw InvalidRequest.field(
                        "tasks[" + i + "].constraintDate", "must be empty for the constraint " + type);
            }
        }
        return byRef;
    }

    private static int[] resolveParents(List<BulkTask> tasks, Map<String, Integer> byRef) {
        int[] parentIndex = new int[tasks.size()];
        for (int i = 0; i < tasks.size(); i++) {
            BulkTask task = tasks.get(i);
            parentIndex[i] = -1;
            if (task.parentRef() != null && task.parentId() != null) {
                throw InvalidRequest.field("tasks[" + i + "].parentRef", "give either parentRef or parentId, not both");
            }
            if (task.parentRef() != null) {
                Integer parent = byRef.get(task.parentRef());
                if (parent == null) {
                    throw InvalidRequest.field(
                            "tasks[" + i + "].parentRef",
                            "'" + task.parentRef() + "' is not the ref of a task in this request");
                }
                if (parent == i) {
                    throw InvalidRequest.field("tasks[" + i + "].parentRef", "a task cannot be its own parent");
                }
                parentIndex[i] = parent;
            }
        }
        return parentIndex;
    }

    /** Depth of each task in the request's own hierarchy; a loop of parentRefs is a 422 naming one of its items. */
    private static int[] depths(int[] parentIndex) {
        int[] depth = new int[parentIndex.length];
        Arrays.fill(depth, -1);
        for (int i = 0; i < parentIndex.length; i++) {
            List<Integer> chain = new ArrayList<>();
            int node = i;
            while (node >= 0 && depth[node] < 0) {
                if (chain.size() > parentIndex.length) {
                    throw InvalidRequest.field("tasks[" + i + "].parentRef", "the parentRefs form a loop");
                }
                chain.add(node);
                node = parentIndex[node];
            }
            int base = node < 0 ? -1 : depth[node];
            for (int k = chain.size() - 1; k >= 0; k--) {
                depth[chain.get(k)] = ++base;
            }
        }
        return depth;
    }

    private static int[][] resolveLinks(
            List<BulkDependency> dependencies, Map<String, Integer> byRef, int[] parentIndex) {
        int[][] resolved = new int[dependencies.size()][];
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < dependencies.size(); i++) {
            BulkDependency link = dependencies.get(i);
            Integer from = byRef.get(link.predecessorRef());
            Integer to = byRef.get(link.successorRef());
            if (from == null) {
                throw InvalidRequest.field(
                        "dependencies[" + i + "].predecessorRef",
                        "'" + link.predecessorRef() + "' is not the ref of a task in this request");
            }
            if (to == null) {
                throw InvalidRequest.field(
                        "dependencies[" + i + "].successorRef",
                        "'" + link.successorRef() + "' is not the ref of a task in this request");
            }
            if (from.equals(to)) {
                throw InvalidRequest.field("dependencies[" + i + "].successorRef", "a task cannot depend on itself");
            }
            if (isAncestor(parentIndex, from, to) || isAncestor(parentIndex, to, from)) {
                throw InvalidRequest.field(
                        "dependencies[" + i + "].successorRef",
                        "a task cannot depend on its own summary task or subtask");
            }
            if (!seen.add(((long) from << 32) | to)) {
                throw InvalidRequest.field(
                        "dependencies[" + i + "]",
                        "links " + link.predecessorRef() + " and " + link.successorRef() + " a second time");
            }
            resolved[i] = new int[] {from, to};
        }
        return resolved;
    }

    private static boolean isAncestor(int[] parentIndex, int ancestor, int node) {
        for (int p = parentIndex[node]; p >= 0; p = parentIndex[p]) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void refuseCycles(List<BulkTask> tasks, int[][] links, UUID[] ids) {
        RefGraph graph = new RefGraph(tasks.size());
        for (int[] link : links) {
            graph.add(link[0], link[1]);
        }
        int[] cycle = graph.findCycle();
        if (cycle.length == 0) {
            return;
        }
        List<String> refs =
                Arrays.stream(cycle).mapToObj(i -> tasks.get(i).ref()).toList();
        throw new CycleDetected(
                        Arrays.stream(cycle).mapToObj(i -> ids[i]).toList(),
                        "The dependencies close a cycle through the tasks " + String.join(" → ", refs))
                .with("cycleRefs", refs);
    }
}
