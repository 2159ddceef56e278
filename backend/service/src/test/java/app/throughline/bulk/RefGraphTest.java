package app.throughline.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefGraphTest {

    @Test
    void shouldFindNoCycleInAnAcyclicGraph() {
        RefGraph graph = new RefGraph(4);
        graph.add(0, 1);
        graph.add(0, 2);
        graph.add(1, 3);
        graph.add(2, 3);

        assertThat(graph.findCycle()).isEmpty();
    }

    @Test
    void shouldFindNoCycleInAGraphWithoutEdges() {
        assertThat(new RefGraph(3).findCycle()).isEmpty();
    }

    @Test
    void shouldReturnTheNodesOfACycleInTheirOrder() {
        RefGraph graph = new RefGraph(4);
        graph.add(0, 1);
        graph.add(1, 2);
        graph.add(2, 3);
        graph.add(3, 1);

        assertThat(graph.findCycle()).containsExactly(1, 2, 3);
    }

    @Test
    void shouldFindATaskThatPrecedesItself() {
        RefGraph graph = new RefGraph(2);
        graph.add(0, 1);
        graph.add(1, 1);

        assertThat(graph.findCycle()).containsExactly(1);
    }

    @Test
    void shouldFindACycleOnlyReachableFromALaterRoot() {
        RefGraph graph = new RefGraph(5);
        graph.add(0, 1);
        graph.add(3, 4);
        graph.add(4, 3);

        assertThat(graph.findCycle()).containsExactly(3, 4);
    }

    @Test
    void shouldWalkAVeryLongChainWithoutOverflowingTheStack() {
        int size = 200_000;
        RefGraph graph = new RefGraph(size);
        for (int i = 0; i + 1 < size; i++) {
            graph.add(i, i + 1);
        }
        assertThat(graph.findCycle()).isEmpty();

        graph.add(size - 1, 0);
        assertThat(graph.findCycle()).hasSize(size);
    }
}
