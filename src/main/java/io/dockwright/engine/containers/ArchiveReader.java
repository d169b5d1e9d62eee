package io.dockwright.engine.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads single files of a created container through {@code GET /containers/{id}/archive?path=} (a tar of the
 * path, as {@code docker cp} gets it), following symlinks inside the container's filesystem, a bounded number of
 * hops. Nothing is written to the host's disk.
 */
final class ArchiveReader {
    private static final int MAX_HOPS = 8;
    private final DockerClient client;
    private final String containerId;
    private final long maxBytes;

    ArchiveReader(DockerClient client, String containerId, long maxBytes) {
        this.client = client;
        this.containerId = containerId;
        this.maxBytes = maxBytes;
    }

    Map<String, FileContent> read(List<String> paths) throws IOException {
        Map<String, FileContent> out = new LinkedHashMap<>();
        for (String p : paths) {
            FileContent f = read(p, p, 0);
            if (f != null) out.put(p, f);
        }
        return out;
    }

    private FileContent read(String asked, String path, int hops) throws IOException {
        try (InputStream in = client.copyArchiveFromContainerCmd(containerId, path).exec();
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e = tar.getNextEntry();
            if (e == null || e.isDirectory()) return null;
            if (e.isSymbolicLink()) {
                return hops >= MAX_HOPS ? null : read(asked, resolve(path, e.getLinkName()), hops + 1);
            }
            byte[] bytes = tar.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
            return new FileContent(asked, path, bytes, e.getSize());
        } catch (NotFoundException missing) {
            return null;
        }
    }

    /** A link target against the link's own folder, normalized, always absolute. */
    static String resolve(String linkPath, String target) {
        String base = target.startsWith("/") ? "" : linkPath.substring(0, linkPath.lastIndexOf('/'));
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String s : (base + "/" + target).split("/")) {
            if (s.isEmpty() || s.equals(".")) continue;
            if (s.equals("..")) parts.pollLast();
            else parts.addLast(s);
        }
        return "/" + String.join("/", parts);
    }
}
