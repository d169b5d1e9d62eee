package io.dockwright.compare.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockwright.compare.tree.MergedNode.Status;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.diff.ImageDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The merged tree of {@link TwoImages} and what each query shows, against the sets worked out by hand there. */
class VisibleTreeTest {
    @TempDir Path dir;
    private MergedTree tree;

    @BeforeEach
    void merge() throws Exception {
        ImageContents a = TwoImages.original(dir);
        ImageContents b = TwoImages.optimized(dir);
        tree = MergedTree.of(a.tree(), b.tree(), ImageDiff.of(a, b, "/"));
    }

    @Test
    void everyPathIsMarkedAsItDiffers() {
        assertEquals(Status.ONLY_ORIGINAL, status("/usr/bin"));
        assertEquals(Status.ONLY_ORIGINAL, status("/usr/bin/gcc"));
        assertEquals(Status.ONLY_ORIGINAL, status("/usr/lib/x/b"));
        assertEquals(Status.ONLY_OPTIMIZED, status("/opt/venv/lib"));
        assertEquals(Status.CHANGED, status("/app/main.py"), "same size, other content (SHA-256)");
        assertEquals(Status.SAME, status("/app/same.txt"));
        assertEquals(Status.SAME, status("/usr/lib/x/a"));
        assertEquals(true, node("/usr/lib/x").differs());
        assertEquals(false, node("/app/same.txt").differs());
        assertEquals(1000, node("/usr/bin/gcc").bytesOriginal(), "the copy that shows, not the overwritten one");
        assertEquals(1500, node("/usr").bytesOriginal());
        assertEquals(300, node("/usr").bytesOptimized());
        assertEquals(14, tree.size(), "the root, /app and its 2 files, /opt/venv/lib (3), /usr/bin/gcc (3), /usr/lib/x/a and b (4)");
    }

    @Test
    void allPathsShowByDefaultLargestFirst() {
        VisibleTree v = VisibleTree.of(tree, TreeQuery.DEFAULT);
        assertEquals(tree.size() - 1, v.shownPaths());
        assertEquals(List.of("/usr", "/opt", "/app"), names(v.children(v.root())));
        assertEquals(List.of("/app/main.py", "/app/same.txt"), names(v.children(node("/app"))), "equal sizes in name order");
    }

    @Test
    void onlyDifferencesHidesWhatIsAlike() {
        VisibleTree v = VisibleTree.of(tree, TreeQuery.DEFAULT.onlyDifferences(true));
        assertEquals(Set.of("/app", "/app/main.py", "/opt", "/opt/venv", "/opt/venv/lib", "/usr", "/usr/bin", "/usr/bin/gcc",
                "/usr/lib", "/usr/lib/x", "/usr/lib/x/b"), shown(v));
    }

    @Test
    void searchShowsMatchesWithTheirParentsAndWhatIsUnderThem() {
        VisibleTree v = VisibleTree.of(tree, TreeQuery.DEFAULT.searching("LIB"));
        assertEquals(Set.of("/opt", "/opt/venv", "/opt/venv/lib", "/usr", "/usr/lib", "/usr/lib/x", "/usr/lib/x/a", "/usr/lib/x/b"), shown(v));
        assertEquals(2, v.matches(), "/opt/venv/lib and /usr/lib (what is under a match is not counted again)");
    }

    @Test
    void aThresholdKeepsPathsOfAtLeastThatManyBytesOnEitherSide() {
        VisibleTree v = VisibleTree.of(tree, TreeQuery.DEFAULT.atLeast(400));
        assertEquals(Set.of("/usr", "/usr/bin", "/usr/bin/gcc", "/usr/lib", "/usr/lib/x", "/opt", "/opt/venv", "/opt/venv/lib"), shown(v));
    }

    @Test
    void sortsByEachColumnEitherWay() {
        assertEquals(List.of("/app", "/opt", "/usr"), names(root(TreeQuery.DEFAULT.sortedBy(TreeQuery.Sort.NAME, false))));
        assertEquals(List.of("/usr", "/opt", "/app"), names(root(TreeQuery.DEFAULT.sortedBy(TreeQuery.Sort.NAME, true))));
        assertEquals(List.of("/opt", "/usr", "/app"), names(root(TreeQuery.DEFAULT.sortedBy(TreeQuery.Sort.OPTIMIZED, true))),
                "optimized: 500, 300, 12");
        assertEquals(List.of("/usr", "/opt", "/app"), names(root(TreeQuery.DEFAULT.sortedBy(TreeQuery.Sort.DELTA, true))),
                "|delta|: 1200, 500, 0");
        assertEquals(List.of("/opt", "/app", "/usr"), names(root(TreeQuery.DEFAULT.sortedBy(TreeQuery.Sort.ORIGINAL, false))),
                "original: 0, 12, 1500");
    }

    private List<MergedNode> root(TreeQuery q) {
        VisibleTree v = VisibleTree.of(tree, q);
        return v.children(v.root());
    }

    private MergedNode node(String path) {
        return tree.find(path).orElseThrow(() -> new AssertionError("no " + path));
    }

    private Status status(String path) {
        return node(path).status();
    }

    private static List<String> names(List<MergedNode> nodes) {
        List<String> out = new ArrayList<>();
        nodes.forEach(n -> out.add(n.path()));
        return out;
    }

    private static Set<String> shown(VisibleTree v) {
        Set<String> out = new TreeSet<>();
        List<MergedNode> todo = new ArrayList<>(v.children(v.root()));
        while (!todo.isEmpty()) {
            MergedNode n = todo.remove(todo.size() - 1);
            out.add(n.path());
            todo.addAll(v.children(n));
        }
        return out;
    }
}
