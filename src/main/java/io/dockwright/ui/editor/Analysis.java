package io.dockwright.ui.editor;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.stages.StageGraph;
import java.util.List;

/**
 * Everything computed off the FX thread from one version of the text: the syntax tree, the stage graph,
 * the highlighting runs and the problems (parser, stage graph and lint diagnostics, in file order).
 */
public record Analysis(long version, String text, Dockerfile dockerfile, StageGraph graph, StyleRuns styles,
                       List<Problem> problems) {}
