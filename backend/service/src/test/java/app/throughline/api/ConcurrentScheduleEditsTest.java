package app.throughline.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.throughline.support.Api;
import app.throughline.support.Api.Session;
import app.throughline.support.Planning;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every edit recomputes its project's schedule in the edit's transaction; concurrent edits to
 * different tasks of one project used to deadlock on the schedule rows (SQLSTATE 40P01, answered
 * 409). Recomputes of one project now queue behind each other, so every edit succeeds.
 */
@QuarkusTest
class ConcurrentScheduleEditsTest {

    @Test
    void fiftyConcurrentEditsToDifferentTasksOfOneProjectAllSucceed() throws Exception {
        Session ada = Api.register("ada");
        String project = Planning.project(ada);
        int edits = 50;
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < edits; i++) {
            tasks.add(Planning.task(ada, project, "Task " + i, 1));
        }
        // a chain, so each edit moves the dates of many other tasks' schedule rows
        for (int i = 1; i < edits; i++) {
            Planning.link(ada, tasks.get(i - 1), tasks.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                String task = tasks.get(i);
                double days = 2 + i % 3;
                answers.add(pool.submit(() -> {
                    start.await();
                    return ada.request()
                            .body(Map.of("durationDays", days))
                            .patch("/api/v1/tasks/{id}", task)
                            .statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                byStatus.merge(answer.get(), 1, Integer::sum);
            }
            assertThat(byStatus).isEqualTo(Map.of(200, edits));
        } finally {
            pool.shutdownNow();
        }
        // and the stored schedule is the one of the final plan: the chain ends after all durations
        double total = 0;
        for (int i = 0; i < edits; i++) {
            total += 2 + i % 3;
        }
        assertThat(total).isEqualTo(149.0);
        String finish = ada.request()
                .get("/api/v1/projects/{id}/schedule", project)
                .then()
                .statusCode(200)
                .extract()
                .path("finish");
        // 149 working days from Tue 2026-12-01 (08:00) on the default Mon-Fri calendar
        assertThat(finish).startsWith("2027-06-25");
    }
}
