package io.dockwright.optimize;

/**
 * What became of one instruction of the original file: nothing is dropped silently.
 *
 * @param line    1-based first line of the original instruction
 * @param keyword the keyword as written
 * @param fate    e.g. "kept", "kept in builder stage", "moved to runtime stage", "removed (unused stage)"
 * @param changeId the change responsible, or null when the instruction was kept as it was
 */
public record InstructionFate(int line, String keyword, String fate, String changeId) {}
