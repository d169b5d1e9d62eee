package io.dockwright.engine.context;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packs a context folder into a tar the way {@code docker build -f - DIR} does: files excluded by the
 * folder's {@code .dockerignore} are left out (excluded directories are skipped unless an exception may
 * re-include something below them), {@code .dockerignore} itself is always sent, and the Dockerfile text is
 * added under a random {@code .dockerfile.*} name that is appended to {@code .dockerignore}, so the engine
 * reads it but never copies it into the image.
 */
public final class ContextPacker {
    private static final Logger LOG = LoggerFactory.getLogger(ContextPacker.class);

    public BuildContext pack(Path contextDir, String dockerfileText) throws IOException {
        if (!Files.isDirectory(contextDir)) {
            throw new IOException("Build context is not a folder: " + contextDir);
        }
        Path ignoreFile = contextDir.resolve(".dockerignore");
        String ignoreText = Files.isRegularFile(ignoreFile) ? Files.readString(ignoreFile, StandardCharsets.UTF_8) : null;
        DockerIgnore ignore = ignoreText == null ? DockerIgnore.none() : DockerIgnore.parse(ignoreText);
        String dockerfileName = ".dockerfile." + UUID.randomUUID().toString().replace("-", "").substring(0, 20);

        Path tar = Files.createTempFile("dockwright-context-", ".tar");
        List<String> entries = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(tar); TarArchiveOutputStream tarOut = new TarArchiveOutputStream(out)) {
            tarOut.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tarOut.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            Files.walkFileTree(contextDir, new Walker(contextDir, ignore, tarOut, entries));
            String newIgnore = ignoreText == null
                    ? ".dockerignore\n" + dockerfileName + "\n"
                    : ignoreText + "\n" + dockerfileName + "\n";
            addBytes(tarOut, ".dockerignore", newIgnore.getBytes(StandardCharsets.UTF_8));
            addBytes(tarOut, dockerfileName, dockerfileText.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tar);
            throw e;
        }
        return new BuildContext(tar, Files.size(tar), List.copyOf(entries), dockerfileName);
    }

    private static void addBytes(TarArchiveOutputStream tarOut, String name, byte[] bytes) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(bytes.length);
        entry.setMode(0100644);
        tarOut.putArchiveEntry(entry);
        tarOut.write(bytes);
        tarOut.closeArchiveEntry();
    }

    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final DockerIgnore ignore;
        private final TarArchiveOutputStream tar;
        private final List<String> entries;

        Walker(Path root, DockerIgnore ignore, TarArchiveOutputStream tar, List<String> entries) {
            this.root = root;
            this.ignore = ignore;
            this.tar = tar;
            this.entries = entries;
        }

        private String rel(Path p) {
            return root.relativize(p).toString().replace('\\', '/');
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (dir.equals(root)) return FileVisitResult.CONTINUE;
            String rel = rel(dir);
            if (ignore.excludes(rel)) {
                return ignore.mayReinclude(rel) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }
            TarArchiveEntry entry = new TarArchiveEntry(rel + "/");
            entry.setMode(040000 | mode(dir, 0755));
            entry.setModTime(attrs.lastModifiedTime().toMillis());
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
            entries.add(rel + "/");
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String rel = rel(file);
            if (rel.equals(".dockerignore") || ignore.excludes(rel)) return FileVisitResult.CONTINUE;
            TarArchiveEntry entry;
            if (attrs.isSymbolicLink()) {
                entry = new TarArchiveEntry(rel, TarArchiveEntry.LF_SYMLINK);
                entry.setLinkName(Files.readSymbolicLink(file).toString());
                entry.setMode(0120777);
            } else if (attrs.isRegularFile()) {
                entry = new TarArchiveEntry(rel);
                entry.setSize(attrs.size());
                entry.setMode(0100000 | mode(file, 0644));
            } else {
                return FileVisitResult.CONTINUE;
            }
            entry.setModTime(attrs.lastModifiedTime().toMillis());
            tar.putArchiveEntry(entry);
            if (attrs.isRegularFile()) Files.copy(file, tar);
            tar.closeArchiveEntry();
            entries.add(rel);
            return FileVisitResult.CONTINUE;
        }

        private static int mode(Path p, int fallback) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                int m = 0;
                for (PosixFilePermission perm : perms) m |= 1 << (8 - perm.ordinal());
                return m;
            } catch (UnsupportedOperationException | IOException e) {
                LOG.debug("No POSIX permissions for {}; packed with mode {}", p, Integer.toOctalString(fallback), e);
                return fallback;
            }
        }
    }
}
