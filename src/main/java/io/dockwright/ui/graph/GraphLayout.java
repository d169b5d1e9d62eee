package io.dockwright.ui.graph;

import io.dockwright.dockerfile.Span;
import io.dockwright.stages.EdgeKind;
import java.util.List;

/** A stage graph with coordinates: what the graph view draws. Immutable; built off the UI thread. */
public record GraphLayout(List<StageCard> cards, List<ImageNode> images, List<GraphEdge> edges,
                          double width, double height) {

    public static final GraphLayout EMPTY = new GraphLayout(List.of(), List.of(), List.of(), 0, 0);

    /** A rectangle in graph coordinates. */
    public record Box(double x, double y, double width, double height) {
        public double right() { return x + width; }
        public double bottom() { return y + height; }
        public boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }
    }

    public record Point(double x, double y) {}

    /**
     * One stage. {@code base} is its base image, or null when it builds on the stage labelled
     * {@code baseStage}. {@code built} is its share of the last built image (null until a build has run).
     */
    public record StageCard(int index, String label, String name, String base, String baseStage,
                            int instructionCount, boolean needed, boolean target, StageSize built,
                            Span span, int line, int endLine, Box box) {
        public String id() { return "s" + index; }

        public StageCard withBuilt(StageSize size) {
            return new StageCard(index, label, name, base, baseStage, instructionCount, needed, target, size, span, line, endLine, box);
        }
    }

    /**
     * A stage's share of a built image: the bytes of the layers its instructions made, the base image's bytes
     * when the stage starts from that image, or none when the stage is not part of the image (a builder).
     */
    public record StageSize(long layerBytes, long baseBytes, boolean inImage) {
        public String describe() {
            if (!inImage) return "size: not in the final image";
            String own = io.dockwright.compare.ComparisonFormatter.human(layerBytes);
            return baseBytes > 0 ? "size: " + own + " + base " + io.dockwright.compare.ComparisonFormatter.human(baseBytes)
                    : "size: " + own;
        }
    }

    /** An external image (FROM, COPY --from or mount from an image); {@code id} is what edges refer to. */
    public record ImageNode(String id, String image, Box box) {}

    /**
     * A dependency drawn as a path from {@code fromId} to {@code toId} (node ids); several references of
     * the same kind between the same nodes share one edge and list all their lines.
     */
    public record GraphEdge(String fromId, String toId, EdgeKind kind, List<Integer> lines, List<Point> points) {}

    public StageCard card(int index) {
        return cards.stream().filter(c -> c.index() == index).findFirst().orElse(null);
    }
}
