package io.dockwright.ui.compare;

/** A path of one variant whose bytes lie in its layers but not (all) in its final filesystem. */
public record WastedRow(String variant, String path, int writes, long wastedBytes, boolean removed, String layers) {}
