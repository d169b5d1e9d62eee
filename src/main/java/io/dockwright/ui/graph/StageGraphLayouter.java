package io.dockwright.ui.graph;

import io.dockwright.stages.Edge;
import io.dockwright.stages.EdgeKind;
import io.dockwright.stages.Stage;
import io.dockwright.stages.StageGraph;
import io.dockwright.ui.graph.GraphLayout.Box;
import io.dockwright.ui.graph.GraphLayout.GraphEdge;
import io.dockwright.ui.graph.GraphLayout.ImageNode;
import io.dockwright.ui.graph.GraphLayout.Point;
import io.dockwright.ui.graph.GraphLayout.StageCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link StageGraph} out left to right with ELK's layered algorithm. Plain Java, safe to run on
 * any thread (calls are serialized); node sizes are estimated from text lengths so no UI toolkit is needed.
 */
public final class StageGraphLayouter {
    static final double CARD_HEIGHT = 96;
    static final double IMAGE_HEIGHT = 34;

    /** Above this many stages the layout trades some polish for speed. */
    static final int LARGE = 40;

    private RecursiveGraphLayoutEngine engine; // ELK (~140 classes) loads on the first layout, off the FX thread
    private Geometry last;

    /** ELK finds algorithms through a ServiceLoader, which misses them under some class loaders: register explicitly. */
    private static synchronized void registerLayered() {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
    }

    /**
     * Lays the graph out. When only texts changed since the last call (same nodes, sizes and edges, as while
     * typing inside an instruction) the previous coordinates are reused and ELK does not run.
     */
    public synchronized GraphLayout layout(StageGraph graph) {
        if (engine == null) {
            registerLayered();
            engine = new RecursiveGraphLayoutEngine();
        }
        Plan plan = plan(graph);
        if (last == null || !last.signature().equals(plan.signature())) last = compute(plan);
        Geometry g = last;
        List<Stage> stages = graph.stages();
        List<StageCard> cards = new ArrayList<>();
        for (Stage s : stages) {
            cards.add(new StageCard(s.index(), s.label(), s.name(), s.base(), baseStageLabel(s, stages), s.instructionCount(),
                    s.needed(), s.index() == graph.target(), null, s.span(), s.line(), s.endLine(), g.boxes().get("s" + s.index())));
        }
        List<ImageNode> imageNodes = new ArrayList<>();
        plan.images().forEach((id, image) -> imageNodes.add(new ImageNode(id, image, g.boxes().get(id))));
        List<GraphEdge> graphEdges = new ArrayList<>();
        plan.edges().forEach((key, acc) -> graphEdges.add(new GraphEdge(acc.fromId, "s" + acc.edge.to(), acc.edge.kind(),
                List.copyOf(acc.lines), g.paths().get(key))));
        return new GraphLayout(cards, imageNodes, graphEdges, g.width(), g.height());
    }

    /** What ELK is given: node sizes (in reading order) and edges. Its signature decides whether to re-run. */
    private record Plan(Map<String, double[]> nodes, Map<String, String> images, Map<String, EdgeAcc> edges, boolean large) {
        String signature() {
            StringBuilder sb = new StringBuilder();
            nodes.forEach((id, size) -> sb.append(id).append(':').append(size[0]).append('x').append(size[1]).append('\n'));
            edges.keySet().forEach(k -> sb.append(k).append('\n'));
            return sb.toString();
        }
    }

    /** ELK's result: node boxes and edge paths by id. */
    private record Geometry(String signature, Map<String, Box> boxes, Map<String, List<Point>> paths, double width, double height) {}

    private Plan plan(StageGraph graph) {
        List<Stage> stages = graph.stages();
        boolean large = stages.size() > LARGE;
        Map<String, double[]> nodes = new LinkedHashMap<>();
        Map<String, String> images = new LinkedHashMap<>();
        Map<String, EdgeAcc> edges = new LinkedHashMap<>();
        List<Edge> all = allEdges(graph);
        // Nodes in reading order (each stage after the images it uses) so the layout follows the file.
        for (Stage s : stages) {
            for (Edge e : all) {
                if (e.to() != s.index()) continue;
                String from;
                if (e.isExternal()) {
                    // In large graphs each stage gets its own image node: one shared node would pull edges
                    // across the whole picture (and cost ELK most of its time).
                    from = "i:" + e.fromImage() + (large ? "@" + s.index() : "");
                    if (!nodes.containsKey(from)) {
                        nodes.put(from, new double[] {imageWidth(e.fromImage()), IMAGE_HEIGHT});
                        images.put(from, e.fromImage());
                    }
                } else {
                    if (e.fromStage() < 0 || e.fromStage() >= stages.size() || e.fromStage() == e.to()) continue;
                    from = "s" + e.fromStage();
                }
                edges.computeIfAbsent(from + ">s" + e.to() + ">" + e.kind(), k -> new EdgeAcc(e, from)).lines.add(e.line());
            }
            nodes.put("s" + s.index(), new double[] {cardWidth(s, stages), CARD_HEIGHT});
        }
        return new Plan(nodes, images, edges, large);
    }

    private Geometry compute(Plan plan) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 16.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 64.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        if (plan.large()) {
            // Measured (CPU time, 129 stages): about 40% less than the defaults. Nodes keep the file's order
            // instead of a crossing search, simple node placement, straight polyline edges.
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
            root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.NONE);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
            root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        } else {
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        plan.nodes().forEach((id, size) -> {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(id);
            node.setDimensions(size[0], size[1]);
            nodes.put(id, node);
        });
        Map<String, ElkEdge> edges = new LinkedHashMap<>();
        plan.edges().forEach((key, acc) -> edges.put(key, ElkGraphUtil.createSimpleEdge(nodes.get(acc.fromId), nodes.get("s" + acc.edge.to()))));
        engine.layout(root, new BasicProgressMonitor());
        Map<String, Box> boxes = new HashMap<>();
        nodes.forEach((id, n) -> boxes.put(id, new Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        Map<String, List<Point>> paths = new HashMap<>();
        edges.forEach((key, e) -> paths.put(key, points(e)));
        return new Geometry(plan.signature(), boxes, paths, root.getWidth(), root.getHeight());
    }

    /** The graph's edges, plus a FROM edge for each stage built on an image when the graph has none. */
    private static List<Edge> allEdges(StageGraph graph) {
        List<Edge> all = new ArrayList<>();
        for (Stage s : graph.stages()) {
            boolean listed = graph.edges().stream().anyMatch(e -> e.to() == s.index() && e.kind() == EdgeKind.FROM);
            if (!listed && s.base() != null) all.add(new Edge(null, s.base(), s.index(), EdgeKind.FROM, s.line(), s.span()));
            if (!listed && s.baseStage() != null) all.add(new Edge(s.baseStage(), null, s.index(), EdgeKind.FROM, s.line(), s.span()));
        }
        all.addAll(graph.edges());
        return all;
    }

    // Glyph widths of the fonts graph.css sets (DejaVu-like metrics), with some slack.
    private static final double MONO_12 = 7.4;
    private static final double MONO_12_5 = 7.7;
    private static final double TITLE = 9.2;
    private static final double SMALL = 6.6;

    static double imageWidth(String image) {
        return clamp(image.length() * MONO_12 + 52, 110, 360);
    }

    private static String baseStageLabel(Stage s, List<Stage> stages) {
        Integer b = s.baseStage();
        return b == null || b < 0 || b >= stages.size() ? null : stages.get(b).label();
    }

    static double cardWidth(Stage s, List<Stage> stages) {
        String title = s.name() != null ? s.name() : "stage " + s.index();
        double header = title.length() * TITLE + 84;   // room for the TARGET / unused badge
        String base = "FROM " + (s.base() != null ? s.base() : baseStageLabel(s, stages));
        double from = base.length() * MONO_12_5;
        // line numbers as if 4 digits, so that inserting a line above does not change sizes (and force a new layout)
        double count = StageCardNode.countText(s.instructionCount(), 9999, 9999).length() * SMALL;
        return clamp(Math.max(header, Math.max(from, count)) + 30, 210, 380);
    }

    private static double clamp(double v, double min, double max) {
        return Math.min(max, Math.max(min, v));
    }

    private static List<Point> points(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) points.add(new Point(bend.getX(), bend.getY()));
            points.add(new Point(section.getEndX(), section.getEndY()));
        }
        return List.copyOf(points);
    }

    private static final class EdgeAcc {
        final Edge edge;
        final String fromId;
        final List<Integer> lines = new ArrayList<>();

        EdgeAcc(Edge edge, String fromId) {
            this.edge = edge;
            this.fromId = fromId;
        }
    }
}
