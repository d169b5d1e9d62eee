package io.dockwright.ui.graph;

import io.dockwright.dockerfile.Dockerfile;
import io.dockwright.stages.StageGraph;

/**
 * What the graph is drawn from: one version of the text, already parsed and turned into a stage graph (by
 * the editor's analysis, with the shared build options). The graph only lays it out.
 */
public record GraphInput(long version, String text, Dockerfile file, StageGraph graph) {}
