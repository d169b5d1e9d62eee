package io.dockwright.ui.graph;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraph;
import io.dockwright.stages.StageGraphBuilder;

/**
 * What the graph is drawn from: one version of the text, already parsed and turned into a stage graph (by
 * the editor's analysis, with the shared build options). The graph only lays it out.
 */
public record GraphInput(long version, String text, Dockerfile file, StageGraph graph) {
    /** Parses {@code text} and builds its graph here: for small texts that no editor analyses (tests, the optimizer). */
    public static GraphInput parse(long version, String text, GraphOptions options) {
        Dockerfile file = DockerfileParser.parse(text);
        return new GraphInput(version, text, file, StageGraphBuilder.build(file, options));
    }
}
