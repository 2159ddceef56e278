package app.throughline.leveling.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Input validation, dependency conversion and the feasibility oracle. */
class LevelingProblemTest {

    @Test
    void shouldConvertEveryDependencyTypeToAStartToStartDistance() {
        // predecessor 5 periods long, successor 3, lag 2
        assertEquals(7, DependencyType.FINISH_TO_START.startToStartDistance(5, 3, 2));
        assertEquals(2, DependencyType.START_TO_START.startToStartDistance(5, 3, 2));
        assertEquals(4, DependencyType.FINISH_TO_FINISH.startToStartDistance(5, 3, 2));
        assertEquals(-1, DependencyType.START_TO_FINISH.startToStartDistance(5, 3, 2));
    }

    @Test
    void shouldHonourFinishToFinishAndLeadsWhenScheduling() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int writing = b.addActivity(5);
        int editing = b.addActivity(3);
        int printing = b.addActivity(2);
        b.addDependency(writing, editing, DependencyType.FINISH_TO_FINISH, 1);
        b.addDependency(editing, printing, DependencyType.FINISH_TO_START, -1);
        LevelingProblem problem = b.build();

        Schedule schedule = ResourceLeveler.schedule(problem, PriorityRule.LATEST_FINISH_TIME, GenerationScheme.SERIAL);

        assertEquals(3, schedule.start(editing)); // finishes at 6 = writing's finish + 1
        assertEquals(5, schedule.start(printing)); // one period of lead before editing finishes
        assertEquals(7, schedule.makespan());
    }

    @Test
    void shouldRefuseDependenciesThatCloseACycleAndNameIt() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int a = b.addActivity(1);
        int c = b.addActivity(1);
        int d = b.addActivity(1);
        int e = b.addActivity(1);
        b.addFinishToStart(a, c).addFinishToStart(c, d).addFinishToStart(d, e).addFinishToStart(e, c);

        PrecedenceCycleException thrown = assertThrows(PrecedenceCycleException.class, b::build);

        assertEquals(3, thrown.cycle().size());
        assertTrue(thrown.cycle().containsAll(List.of(c, d, e)));
    }

    @Test
    void shouldRejectUnknownResources() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int a = b.addActivity(1);
        assertThrows(IllegalArgumentException.class, () -> b.setDemand(a, 0, 1));
    }

    @Test
    void feasibilityCheckShouldFindBrokenPrecedencesAndOverallocations() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int person = b.addResource(ResourceCapacity.constant(1));
        int a = b.addActivity(2);
        int c = b.addActivity(2);
        b.setDemand(a, person, 1).setDemand(c, person, 1).addFinishToStart(a, c);
        LevelingProblem problem = b.build();

        FeasibilityReport report = FeasibilityCheck.check(problem, new int[] {0, 1});

        assertFalse(report.isFeasible());
        assertEquals(List.of(new PrecedenceViolation(a, c, 1)), report.precedenceViolations());
        assertEquals(List.of(new Overallocation(person, 1, 2, 1, List.of(a, c))), report.overallocations());
        assertTrue(FeasibilityCheck.check(problem, new int[] {0, 2}).isFeasible());
    }

    @Test
    void timeWindowsShouldGiveFloatAgainstTheCriticalPath() {
        LevelingProblemBuilder b = LevelingProblem.builder();
        int a = b.addActivity(4);
        int c = b.addActivity(1);
        int d = b.addActivity(2);
        b.addFinishToStart(a, d).addFinishToStart(c, d);
        TimeWindows windows = TimeWindows.of(b.build());

        assertEquals(6, windows.criticalPathLength());
        assertEquals(0, windows.totalFloat(a));
        assertEquals(3, windows.totalFloat(c));
        assertEquals(4, windows.latestStart(d));
    }
}
