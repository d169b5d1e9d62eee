package io.dockwright.engine.images.diff;

import io.dockwright.engine.images.FileType;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.TreeNode;
import io.dockwright.engine.images.diff.PathDiff.Aspect;
import io.dockwright.engine.images.diff.PathDiff.Status;
import io.dockwright.engine.images.packages.PackageDiff;
import io.dockwright.engine.images.packages.PackageInventory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The file diff of two images' final filesystems, under a path prefix: paths only in A, only in B, and changed
 * (type, size, mode, owner, link target, content digest where both were computed), with byte totals per
 * directory and, when both images were read with the package databases captured, their package diff.
 */
public record ImageDiff(String a, String b, String prefix, long bytesA, long bytesB, List<PathDiff> entries,
                        int identical, int sameSizeUnhashed, List<DirectoryTotal> directories, PackageDiff packages) {
    /** Directories this deep below the prefix get a {@link DirectoryTotal}. */
    public static final int DIRECTORY_DEPTH = 3;

    public ImageDiff {
        entries = List.copyOf(entries);
        directories = List.copyOf(directories);
    }

    public static ImageDiff of(ImageContents a, ImageContents b, String prefix) {
        String root = prefix == null || prefix.isBlank() ? "/" : prefix;
        TreeNode na = a.tree().find(root).orElse(null);
        TreeNode nb = b.tree().find(root).orElse(null);
        Walk walk = new Walk();
        walk.pair(na, nb, 0);
        walk.entries.sort(Comparator.comparing(PathDiff::path));
        walk.directories.sort(Comparator.comparingLong((DirectoryTotal d) -> Math.abs(d.delta())).reversed()
                .thenComparing(DirectoryTotal::path));
        PackageDiff packages = PackageDiff.of(PackageInventory.of(a), PackageInventory.of(b));
        return new ImageDiff(a.source(), b.source(), root, na == null ? 0 : na.totalBytes(), nb == null ? 0 : nb.totalBytes(),
                walk.entries, walk.identical, walk.unhashed, walk.directories, packages);
    }

    public List<PathDiff> onlyA() {
        return entries.stream().filter(e -> e.status() == Status.ONLY_A).toList();
    }

    public List<PathDiff> onlyB() {
        return entries.stream().filter(e -> e.status() == Status.ONLY_B).toList();
    }

    public List<PathDiff> changed() {
        return entries.stream().filter(e -> e.status() == Status.CHANGED).toList();
    }

    public long onlyABytes() {
        return onlyA().stream().mapToLong(PathDiff::bytesA).sum();
    }

    public long onlyBBytes() {
        return onlyB().stream().mapToLong(PathDiff::bytesB).sum();
    }

    /** "Where the bytes went", in a sentence or two. */
    public String summary() {
        return ByteSummary.of(this);
    }

    private static final class Walk {
        final List<PathDiff> entries = new ArrayList<>();
        final List<DirectoryTotal> directories = new ArrayList<>();
        int identical;
        int unhashed;

        /** Iterative over the two trees, so a deep tree cannot overflow the stack. */
        void pair(TreeNode a, TreeNode b, int depth) {
            Deque<Object[]> todo = new ArrayDeque<>();
            todo.push(new Object[] {a, b, depth});
            while (!todo.isEmpty()) {
                Object[] t = todo.pop();
                visit((TreeNode) t[0], (TreeNode) t[1], (int) t[2], todo);
            }
        }

        private void visit(TreeNode a, TreeNode b, int depth, Deque<Object[]> todo) {
            if (a == null && b == null) return;
            if (b == null) {
                entries.add(new PathDiff(a.path(), Status.ONLY_A, a.info(), null, Set.of(), a.totalBytes(), 0, 1 + a.descendants(), 0));
                return;
            }
            if (a == null) {
                entries.add(new PathDiff(b.path(), Status.ONLY_B, null, b.info(), Set.of(), 0, b.totalBytes(), 0, 1 + b.descendants()));
                return;
            }
            Set<Aspect> aspects = compare(a, b);
            if (!aspects.isEmpty()) {
                entries.add(new PathDiff(a.path(), Status.CHANGED, a.info(), b.info(), aspects, a.totalBytes(), b.totalBytes(),
                        1 + a.descendants(), 1 + b.descendants()));
            } else if (!a.directory()) {
                identical++;
            }
            if (!(a.directory() && b.directory())) return;
            if (depth > 0 && depth <= DIRECTORY_DEPTH && a.totalBytes() != b.totalBytes()) {
                directories.add(new DirectoryTotal(a.path(), depth, a.totalBytes(), b.totalBytes()));
            }
            mergeChildren(a.children(), b.children(), depth + 1, todo);
        }

        private static void mergeChildren(List<TreeNode> as, List<TreeNode> bs, int depth, Deque<Object[]> todo) {
            int i = 0;
            int j = 0;
            while (i < as.size() || j < bs.size()) {
                int c = i >= as.size() ? 1 : j >= bs.size() ? -1 : as.get(i).name().compareTo(bs.get(j).name());
                if (c == 0) todo.push(new Object[] {as.get(i++), bs.get(j++), depth});
                else if (c < 0) todo.push(new Object[] {as.get(i++), null, depth});
                else todo.push(new Object[] {null, bs.get(j++), depth});
            }
        }

        private Set<Aspect> compare(TreeNode a, TreeNode b) {
            Set<Aspect> s = EnumSet.noneOf(Aspect.class);
            boolean regular = a.type().regular() && b.type().regular();
            if (a.type() != b.type() && !regular) s.add(Aspect.TYPE);
            if (a.mode() != b.mode()) s.add(Aspect.MODE);
            if (a.uid() != b.uid() || a.gid() != b.gid()) s.add(Aspect.OWNER);
            if (a.type() == FileType.SYMLINK && b.type() == FileType.SYMLINK && !Objects.equals(a.linkTarget(), b.linkTarget())) {
                s.add(Aspect.LINK);
            }
            if (regular) {
                if (a.size() != b.size()) s.add(Aspect.SIZE);
                else if (a.digest() != null && b.digest() != null) {
                    if (!a.digest().equals(b.digest())) s.add(Aspect.CONTENT);
                } else {
                    unhashed++;
                }
            }
            return s;
        }
    }
}
