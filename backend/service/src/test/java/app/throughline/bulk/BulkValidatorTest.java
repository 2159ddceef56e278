package app.throughline.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.throughline.api.InvalidRequest;
import app.throughline.api.Problem;
import app.throughline.bulk.BulkDtos.BulkDependency;
import app.throughline.bulk.BulkDtos.BulkRequest;
import app.throughline.bulk.BulkDtos.BulkTask;
import app.throughline.dependency.CycleDetected;
import app.throughline.dependency.DependencyType;
import app.throughline.task.TaskEnums.ConstraintType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One test per rule of a bulk request, each naming the item it refuses; no database involved. */
class BulkValidatorTest {

    private static BulkTask task(String ref) {
        return task(ref, null, null, null);
    }

    private static BulkTask child(String ref, String parentRef) {
        return task(ref, parentRef, null, null);
    }

    private static BulkTask task(String ref, String parentRef, ConstraintType constraint, LocalDate date) {
        return task(ref, parentRef, null, constraint, date);
    }

    private static BulkTask task(
            String ref, String parentRef, UUID parentId, ConstraintType constraint, LocalDate date) {
        return new BulkTask(
                ref,
                parentRef,
                parentId,
                "Task " + ref,
                null,
                null,
                null,
                BigDecimal.ONE,
                constraint,
                date,
                null,
                null);
    }

    private static BulkDependency link(String from, String to) {
        return new BulkDependency(from, to, DependencyType.fs, BigDecimal.ZERO);
    }

    private static BulkPlan validate(List<BulkTask> tasks, BulkDependency... links) {
        return BulkValidator.validate(new BulkRequest(tasks, List.of(links)));
    }

    private static Problem.FieldError refusal(List<BulkTask> tasks, BulkDependency... links) {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> validate(tasks, links));
        assertThat(refused).as("a 422").isNotNull();
        assertThat(refused.status()).isEqualTo(422);
        return refused.toProblem(null).errors().get(0);
    }

    @Test
    void shouldResolveParentsDepthsAndLinksWhateverTheOrderOfTheItems() {
        BulkPlan plan =
                validate(List.of(child("c1", "p"), task("p"), child("c2", "p"), child("g", "c2")), link("c1", "c2"));

        assertThat(plan.parentIndex()).containsExactly(1, -1, 1, 2);
        assertThat(plan.depth()).containsExactly(1, 0, 1, 2);
        assertThat(plan.links()).isDeepEqualTo(new int[][] {{0, 2}});
        assertThat(plan.ids()).hasSize(4).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void shouldAcceptARequestWithoutDependencies() {
        BulkPlan plan = BulkValidator.validate(new BulkRequest(List.of(task("a")), null));

        assertThat(plan.links()).isEmpty();
        assertThat(plan.dependencies()).isEmpty();
    }

    @Test
    void shouldRefuseARefUsedTwice() {
        Problem.FieldError error = refusal(List.of(task("a"), task("b"), task("a")));

        assertThat(error.field()).isEqualTo("tasks[2].ref");
        assertThat(error.message()).contains("'a'");
    }

    @Test
    void shouldRefuseADatedConstraintWithoutItsDate() {
        Problem.FieldError error = refusal(List.of(task("a"), task("b", null, ConstraintType.snet, null)));

        assertThat(error.field()).isEqualTo("tasks[1].constraintDate");
        assertThat(error.message()).contains("required");
    }

    @Test
    void shouldRefuseADateOnAConstraintThatTakesNone() {
        Problem.FieldError error = refusal(List.of(task("a", null, ConstraintType.asap, LocalDate.of(2027, 1, 4))));

        assertThat(error.field()).isEqualTo("tasks[0].constraintDate");
        assertThat(error.message()).contains("must be empty");
    }

    @Test
    void shouldRefuseAParentGivenBothByRefAndById() {
        Problem.FieldError error = refusal(List.of(task("p"), task("a", "p", UUID.randomUUID(), null, null)));

        assertThat(error.field()).isEqualTo("tasks[1].parentRef");
        assertThat(error.message()).contains("not both");
    }

    @Test
    void shouldRefuseAParentRefThatNamesNoTaskOfTheRequest() {
        Problem.FieldError error = refusal(List.of(task("a"), child("b", "nobody")));

        assertThat(error.field()).isEqualTo("tasks[1].parentRef");
        assertThat(error.message()).contains("'nobody'");
    }

    @Test
    void shouldRefuseATaskThatIsItsOwnParent() {
        Problem.FieldError error = refusal(List.of(child("a", "a")));

        assertThat(error.field()).isEqualTo("tasks[0].parentRef");
        assertThat(error.message()).contains("its own parent");
    }

    @Test
    void shouldRefuseParentRefsThatFormALoop() {
        Problem.FieldError error = refusal(List.of(task("root"), child("a", "b"), child("b", "a")));

        assertThat(error.field()).isEqualTo("tasks[1].parentRef");
        assertThat(error.message()).contains("loop");
    }

    @Test
    void shouldRefuseADependencyFromAnUnknownRef() {
        Problem.FieldError error = refusal(List.of(task("a")), link("ghost", "a"));

        assertThat(error.field()).isEqualTo("dependencies[0].predecessorRef");
    }

    @Test
    void shouldRefuseADependencyToAnUnknownRef() {
        Problem.FieldError error = refusal(List.of(task("a"), task("b")), link("a", "b"), link("a", "ghost"));

        assertThat(error.field()).isEqualTo("dependencies[1].successorRef");
        assertThat(error.message()).contains("'ghost'");
    }

    @Test
    void shouldRefuseATaskThatDependsOnItself() {
        Problem.FieldError error = refusal(List.of(task("a")), link("a", "a"));

        assertThat(error.field()).isEqualTo("dependencies[0].successorRef");
        assertThat(error.message()).contains("itself");
    }

    @Test
    void shouldRefuseADependencyBetweenASubtaskAndItsSummary() {
        List<BulkTask> tree = List.of(task("p"), child("c", "p"), child("g", "c"));

        assertThat(refusal(tree, link("p", "g")).message()).contains("summary task or subtask");
        assertThat(refusal(tree, link("g", "p")).message()).contains("summary task or subtask");
    }

    @Test
    void shouldRefuseTheSameLinkTwice() {
        Problem.FieldError error = refusal(List.of(task("a"), task("b")), link("a", "b"), link("a", "b"));

        assertThat(error.field()).isEqualTo("dependencies[1]");
        assertThat(error.message()).contains("second time");
    }

    @Test
    void shouldRefuseDependenciesThatCloseACycleNamingItsRefsInOrder() {
        CycleDetected cycle = catchThrowableOfType(
                CycleDetected.class,
                () -> validate(
                        List.of(task("a"), task("b"), task("c"), task("d")),
                        link("d", "a"),
                        link("a", "b"),
                        link("b", "c"),
                        link("c", "a")));

        assertThat(cycle).as("a 409").isNotNull();
        assertThat(cycle.status()).isEqualTo(409);
        Problem problem = cycle.toProblem(null);
        assertThat(problem.extensionMembers().get("cycleRefs")).isEqualTo(List.of("a", "b", "c"));
        assertThat(problem.detail()).contains("a → b → c");
        assertThat((List<?>) problem.extensionMembers().get("cycle")).hasSize(3);
    }
}
