package io.dockwright.engine.images;

import java.util.List;

/**
 * One layer (oldest first, {@code index} from 0), as read from its tar: where it came from, the content bytes
 * it holds (regular files; what {@code docker history} shows, give or take tar headers), how many of those are
 * hidden in the final filesystem by later layers ({@code wastedBytes}), its tar entries, and its changes
 * against the layers below it, in tar order. Directories a layer repeats unchanged (tar writes a file's parents)
 * are not listed as changes.
 */
public record LayerContents(int index, String archivePath, LayerOrigin origin, long bytes, long wastedBytes,
                            long entries, List<FileChange> changes, boolean complete) {
    public LayerContents {
        changes = List.copyOf(changes);
    }

    public long count(FileChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
