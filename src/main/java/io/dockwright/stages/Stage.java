package io.dockwright.stages;

import io.dockwright.dockerfile.Span;

/**
 * One build stage.
 *
 * @param index            0-based position
 * @param name             the {@code AS} name, or null
 * @param base             the base image reference as written after ARG expansion; null when the stage
 *                         builds on another stage (then {@code baseStage} is set)
 * @param baseStage        index of the stage this one builds on, or null
 * @param platform         the {@code --platform} value after expansion, or null
 * @param span             from the FROM keyword to the end of the stage's last instruction
 * @param line             1-based line of FROM
 * @param endLine          1-based last line of the stage
 * @param instructionCount instructions in the stage, FROM included
 * @param needed           whether the build target needs this stage
 */
public record Stage(int index, String name, String base, Integer baseStage, String platform,
                    Span span, int line, int endLine, int instructionCount, boolean needed) {

    /** The name if there is one, else the index as text: how Docker refers to it. */
    public String label() { return name != null ? name : Integer.toString(index); }
}
