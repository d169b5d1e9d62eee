package io.dockwright.ui.graph;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.dockerfile.DockerfileParser;
import io.dockwright.stages.GraphOptions;
import io.dockwright.stages.StageGraphBuilder;

/** What the editor's analysis hands the graph, made directly from a text (for tests and demos). */
final class GraphInputs {
    private static long version;

    private GraphInputs() {}

    static GraphInput of(String text, GraphOptions options) {
        Dockerfile file = DockerfileParser.parse(text);
        return new GraphInput(++version, text, file, StageGraphBuilder.build(file, options));
    }

    /** An edit then its analysis with the view model's current options, as the editor does it. */
    static void feed(GraphViewModel vm, String text) {
        vm.textEdited();
        vm.show(of(text, vm.optionsProperty().get()));
    }
}
