package io.dockwright.ui.graph;

import io.dockwright.stages.GraphOptions;

/** What the editor's analysis hands the graph, made directly from a text (for tests and demos). */
final class GraphInputs {
    private static long version;

    private GraphInputs() {}

    static GraphInput of(String text, GraphOptions options) {
        return GraphInput.parse(++version, text, options);
    }

    /** An edit then its analysis with the view model's current options, as the editor does it. */
    static void feed(GraphViewModel vm, String text) {
        vm.textEdited();
        vm.show(of(text, vm.optionsProperty().get()));
    }
}
