package app.throughline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.schedule.WarmPlans.PlanRows;
import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Warm plans never change an answer: after every step of random edit sequences (through the API,
 * as clients make them) the warm copy equals a full read of the database, and a cold recompute
 * (every copy dropped) finds nothing to change in what the warm path stored.
 */
@QuarkusTest
class WarmPlansTest {

    private static final int STEPS = 60;

    @Inject
    WarmPlans warmPlans;

    @Inject
    PlanRepository repository;

    @Inject
    ScheduleStore store;

    @Inject
    ScheduleRecomputer recomputer;

    @Test
    void warmCopiesEqualFullReadsAfterRandomEdits() {
        for (long seed = 1; seed <= 3; seed++) {
            new Walk(seed).run();
        }
    }

    /** One random sequence of edits on a project that also depends on another project. */
    private final class Walk {
        private final Random random;
        private final Session ada = Api.register("warm");
        private final String project = Planning.project(ada);
        private final String other = Planning.project(ada);
        private final List<String> tasks = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private final String outside;

        Walk(long seed) {
            random = new Random(seed);
            for (int i = 0; i < 12; i++) {
                tasks.add(Planning.task(ada, project, "Task " + i, 1 + random.nextInt(4)));
            }
            outside = Planning.task(ada, other, "Supplier delivery", 3);
        }

        void run() {
            UUID projectId = UUID.fromString(project);
            for (int step = 0; step < STEPS; step++) {
                String made = edit(random.nextInt(9));
                assertThat(warm(projectId))
                        .as("warm copy after step %d (%s)", step, made)
                        .isEqualTo(full(projectId));
                if (step % 10 == 9) {
                    QuarkusTransaction.requiringNew().run(() -> recomputer.recompute(projectId));
                    warmPlans.forgetAll();
                    store.forgetAll();
                    int changed = QuarkusTransaction.requiringNew().call(() -> recomputer.recompute(projectId));
                    assertThat(changed)
                            .as("rows a cold recompute changes after step %d (%s)", step, made)
                            .isZero();
                }
            }
        }

        private String edit(int kind) {
            switch (kind) {
                case 0 -> {
                    patch("/api/v1/tasks/{id}", pick(tasks), Map.of("durationDays", random.nextInt(9) * 0.5));
                    return "duration";
                }
                case 1 -> {
                    Map<String, Object> body = new HashMap<>(Map.of("title", "New", "durationDays", 2));
                    if (random.nextBoolean()) {
                        body.put("parentId", pick(tasks));
                    }
                    var answer = ada.request()
                            .body(body)
                            .post("/api/v1/projects/{id}/tasks", project)
                            .then()
                            .extract();
                    if (answer.statusCode() == 201) {
                        tasks.add(answer.path("id"));
                    }
                    return "create " + answer.statusCode();
                }
                case 2, 3 -> {
                    String from = kind == 3 && random.nextInt(3) == 0 ? outside : pick(tasks);
                    var answer = ada.request()
                            .body(Map.of(
                                    "predecessorId",
                                    from,
                                    "successorId",
                                    pick(tasks),
                                    "type",
                                    List.of("fs", "ss", "ff", "sf").get(random.nextInt(4)),
                                    "lagDays",
                                    random.nextInt(3)))
                            .post("/api/v1/dependencies")
                            .then()
                            .extract();
                    if (answer.statusCode() == 201) {
                        links.add(answer.path("id"));
                    }
                    return "link " + answer.statusCode();
                }
                case 4 -> {
                    if (links.isEmpty()) {
                        return "no link to remove";
                    }
                    String link = links.remove(random.nextInt(links.size()));
                    ada.request().delete("/api/v1/dependencies/{id}", link);
                    return "unlink";
                }
                case 5 -> {
                    if (tasks.size() < 4) {
                        return "too few to delete";
                    }
                    String task = tasks.remove(random.nextInt(tasks.size()));
                    ada.request().delete("/api/v1/tasks/{id}", task);
                    return "delete";
                }
                case 6 -> {
                    patch(
                            "/api/v1/tasks/{id}",
                            pick(tasks),
                            Map.of("constraintType", "snet", "constraintDate", "2026-12-0" + (2 + random.nextInt(7))));
                    return "constraint";
                }
                case 7 -> {
                    patch("/api/v1/tasks/{id}", pick(tasks), Map.of("percentComplete", random.nextInt(5) * 25));
                    return "progress";
                }
                default -> {
                    patch("/api/v1/tasks/{id}", outside, Map.of("durationDays", 1 + random.nextInt(6)));
                    return "outside duration";
                }
            }
        }

        private void patch(String path, String id, Map<String, Object> body) {
            ada.request().body(body).patch(path, id);
        }

        private String pick(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    private PlanRows warm(UUID projectId) {
        return withoutOutsideDates(QuarkusTransaction.requiringNew().call(() -> warmPlans.rows(projectId)));
    }

    private PlanRows full(UUID projectId) {
        return withoutOutsideDates(QuarkusTransaction.requiringNew()
                .call(() -> new PlanRows(repository.tasks(projectId), repository.links(projectId))));
    }

    /** Other projects' dates are read with every plan, not kept (the cold recompute covers them). */
    private static PlanRows withoutOutsideDates(PlanRows rows) {
        return new PlanRows(
                rows.tasks(),
                rows.links().stream()
                        .map(link -> link.withPredecessorDates(null, null))
                        .toList());
    }
}
