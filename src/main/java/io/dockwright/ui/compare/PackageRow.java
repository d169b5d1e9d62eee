package io.dockwright.ui.compare;

/** A package that differs: gone (only in the original), new (only in the optimized) or at another version. */
public record PackageRow(String change, String manager, String name, String versionOriginal, String versionOptimized,
                         long bytesOriginal, long bytesOptimized) {}
