package io.dockwright.optimize.verification.files;

import io.dockwright.concurrent.CancelToken;
import java.util.List;
import java.util.Map;

/**
 * Where the {@link FileCheck} gets the two images' file differences from: the image contents package
 * ({@code io.dockwright.engine.images}: both images read by {@code ImageReader} with digests and the original's
 * build attribution, {@code ImageDiff.of(original, optimized, "/")} mapped to {@link PathChange}s, the writer of
 * each from {@code writerOf(path)}), or anything else that can say the same.
 */
public interface FileDifferences {
    /**
     * The differences between the final filesystems of the two images (ids or references).
     *
     * @throws Exception when an image cannot be read; an
     *                   {@link io.dockwright.engine.containers.EngineLostException} when the engine went away
     */
    Diff between(String originalImage, String optimizedImage, CancelToken cancel) throws Exception;

    /**
     * @param changes       every differing path (whole directories as one entry)
     * @param originalLinks the original's symlinks, path to absolute target (a link in a reachable place makes its
     *                      target reachable)
     * @param missingPackages the original's installed packages (dpkg, apk, Python, npm) the rewrite lacks, as
     *                      "NAME VERSION"
     * @param ran           what was read, in words (shown as the check's "ran")
     */
    record Diff(List<PathChange> changes, Map<String, String> originalLinks, List<String> missingPackages, String ran) {
        public Diff {
            changes = List.copyOf(changes);
            originalLinks = Map.copyOf(originalLinks);
            missingPackages = List.copyOf(missingPackages);
            ran = ran == null ? "" : ran;
        }
    }
}
