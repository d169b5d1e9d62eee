package io.dockwright.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Span;
import io.dockwright.stages.Edge;
import io.dockwright.stages.EdgeKind;
import io.dockwright.stages.Stage;
import io.dockwright.stages.StageGraph;
import io.dockwright.ui.graph.GraphLayout.Box;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageGraphLayouterTest {
    private final StageGraphLayouter layouter = new StageGraphLayouter();

    /** builder (python:3.7) -> final (python:3.7-slim) by COPY --from, plus an unused test stage on builder. */
    private static StageGraph guide() {
        List<Stage> stages = List.of(
                new Stage(0, "builder", "python:3.7", null, null, new Span(0, 50), 1, 4, 4, true),
                new Stage(1, "test", null, 0, null, new Span(51, 80), 6, 7, 2, false),
                new Stage(2, null, "python:3.7-slim", null, null, new Span(81, 140), 9, 13, 5, true));
        List<Edge> edges = List.of(
                new Edge(null, "python:3.7", 0, EdgeKind.FROM, 1, new Span(5, 15)),
                new Edge(0, null, 1, EdgeKind.FROM, 6, new Span(56, 63)),
                new Edge(null, "python:3.7-slim", 2, EdgeKind.FROM, 9, new Span(86, 101)),
                new Edge(0, null, 2, EdgeKind.COPY, 11, new Span(110, 117)),
                new Edge(0, null, 2, EdgeKind.COPY, 12, new Span(120, 127)),
                new Edge(null, "alpine", 2, EdgeKind.MOUNT, 13, new Span(130, 136)));
        return new StageGraph(stages, edges, List.of("python:3.7", "python:3.7-slim", "alpine"), 2, List.of());
    }

    @Test
    void cardsAndImagesDoNotOverlapAndFlowLeftToRight() {
        GraphLayout layout = layouter.layout(guide());
        assertEquals(3, layout.cards().size());
        assertEquals(List.of("python:3.7", "python:3.7-slim", "alpine"), layout.images().stream().map(GraphLayout.ImageNode::image).toList());
        List<Box> boxes = new ArrayList<>();
        layout.cards().forEach(c -> boxes.add(c.box()));
        layout.images().forEach(i -> boxes.add(i.box()));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) assertFalse(boxes.get(i).overlaps(boxes.get(j)), boxes.get(i) + " vs " + boxes.get(j));
        }
        Box image = layout.images().get(0).box();
        Box builder = layout.card(0).box();
        Box runtime = layout.card(2).box();
        assertTrue(image.right() <= builder.x(), "image left of the stage built on it");
        assertTrue(builder.right() <= runtime.x(), "builder left of the stage copying from it");
        assertTrue(builder.right() <= layout.card(1).box().x());
        for (var b : boxes) assertTrue(b.right() <= layout.width() && b.bottom() <= layout.height());
    }

    @Test
    void sameKindReferencesBetweenTwoStagesShareOneEdgeWithAllLines() {
        GraphLayout layout = layouter.layout(guide());
        var copies = layout.edges().stream().filter(e -> e.kind() == EdgeKind.COPY).toList();
        assertEquals(1, copies.size());
        assertEquals(List.of(11, 12), copies.get(0).lines());
        assertEquals("s0", copies.get(0).fromId());
        assertEquals("s2", copies.get(0).toId());
        assertEquals(5, layout.edges().size());
        for (var e : layout.edges()) {
            assertTrue(e.points().size() >= 2);
            var end = e.points().get(e.points().size() - 1);
            Box target = layout.card(Integer.parseInt(e.toId().substring(1))).box();
            assertEquals(target.x(), end.x(), 1.0, "edges end on the target card's left side");
        }
    }

    @Test
    void cardFlagsComeFromTheGraph() {
        GraphLayout layout = layouter.layout(guide());
        assertTrue(layout.card(2).target());
        assertFalse(layout.card(1).needed());
        assertEquals("2", layout.card(2).label());
        assertEquals(4, layout.card(0).instructionCount());
        assertEquals(null, layout.card(0).built());
        assertEquals("builder", layout.card(1).baseStage(), "a stage built on another names it");
        assertEquals(null, layout.card(1).base());
    }

    @Test
    void unchangedShapeReusesTheLayoutAndAChangedOneLaysOutAgain() {
        GraphLayout first = layouter.layout(guide());
        StageGraph g = guide();
        List<Stage> shifted = g.stages().stream().map(s -> new Stage(s.index(), s.name(), s.base(), s.baseStage(), s.platform(),
                new Span(s.span().start() + 7, s.span().end() + 7), s.line() + 1, s.endLine() + 1, s.instructionCount(), s.needed())).toList();
        GraphLayout typed = layouter.layout(new StageGraph(shifted, g.edges(), g.externalImages(), g.target(), g.diagnostics()));
        assertSame(first.edges().get(0).points(), typed.edges().get(0).points(), "same shape: ELK did not run again");
        assertEquals(first.card(1).box(), typed.card(1).box());
        assertEquals(7, typed.card(1).line());
        List<Edge> fewer = g.edges().stream().filter(e -> e.kind() != EdgeKind.MOUNT).toList();
        GraphLayout reshaped = layouter.layout(new StageGraph(g.stages(), fewer, g.externalImages(), g.target(), g.diagnostics()));
        assertNotSame(first.edges().get(0).points(), reshaped.edges().get(0).points());
        assertEquals(2, reshaped.images().size());
    }

    @Test
    void largeGraphsGiveEachStageItsOwnImageNodeAndStillFlowLeftToRight() {
        List<Stage> stages = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        int n = StageGraphLayouter.LARGE + 5;
        for (int i = 0; i < n; i++) {
            stages.add(new Stage(i, "s" + i, "debian", null, null, new Span(i * 10, i * 10 + 9), i + 1, i + 1, 1, true));
            edges.add(new Edge(null, "debian", i, EdgeKind.FROM, i + 1, new Span(i * 10, i * 10 + 3)));
            if (i > 0) edges.add(new Edge(i - 1, null, i, EdgeKind.COPY, i + 1, new Span(i * 10 + 4, i * 10 + 6)));
        }
        GraphLayout layout = layouter.layout(new StageGraph(stages, edges, List.of("debian"), n - 1, List.of()));
        assertEquals(n, layout.images().size());
        assertEquals(n, layout.images().stream().map(GraphLayout.ImageNode::id).distinct().count());
        for (int i = 1; i < n; i++) assertTrue(layout.card(i - 1).box().right() <= layout.card(i).box().x());
        for (GraphLayout.ImageNode image : layout.images()) {
            assertTrue(layout.edges().stream().anyMatch(e -> e.fromId().equals(image.id())));
        }
    }

    @Test
    void emptyGraphLaysOutToNothing() {
        GraphLayout layout = layouter.layout(new StageGraph(List.of(), List.of(), List.of(), -1, List.of()));
        assertTrue(layout.cards().isEmpty());
        assertTrue(layout.edges().isEmpty());
    }
}
