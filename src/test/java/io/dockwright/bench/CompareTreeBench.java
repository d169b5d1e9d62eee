package io.dockwright.bench;

import atlantafx.base.theme.PrimerLight;
import io.dockwright.app.FxBackgroundExecutor;
import io.dockwright.app.ThemeManager;
import io.dockwright.compare.Comparison;
import io.dockwright.compare.tree.MergedNode;
import io.dockwright.compare.tree.MergedTree;
import io.dockwright.compare.tree.TreeQuery;
import io.dockwright.compare.tree.VisibleTree;
import io.dockwright.engine.images.FileTree;
import io.dockwright.engine.images.FileType;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.RuntimeConfig;
import io.dockwright.engine.images.TreeNode;
import io.dockwright.engine.result.BuildResult;
import io.dockwright.ui.chart.ChartExporter;
import io.dockwright.ui.compare.CompareExporter;
import io.dockwright.ui.compare.CompareView;
import io.dockwright.ui.compare.CompareViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;

/**
 * FX-thread cost of the Compare page's file tree on two generated images of 200,000 files each (a benchmark, not a
 * test): the real {@link CompareView} in a shown 1280x800 window (headless Monocle) with the app's theme. Measured on
 * the FX thread, each including the CSS and layout pass that puts the rows on screen: expanding a directory of 100
 * files and one of 20,000; a sort (a column header) and a filter ("only differences", a search, a size threshold)
 * from the moment the precomputed tree arrives; the off-thread work (merging the trees, each query's filter and
 * sort) is shown beside it. Run: bench/compare-tree.sh [FILES] (default 200000).
 */
public final class CompareTreeBench {
    private static final int ROUNDS = 8;
    private static final int WARM_UP = 3;
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor(1);
    private final BlockingQueue<Double> applied = new ArrayBlockingQueue<>(4);
    private Stage window;
    private CompareViewModel vm;
    private CompareView view;
    private long arrived;

    public static void main(String[] args) throws Exception {
        int files = args.length == 0 ? 200_000 : Integer.parseInt(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CompareTreeBench bench = new CompareTreeBench();
        List<String> rows = bench.run(files);
        System.out.printf("%nCompare page file tree, %,d files per image, %d cores, load average %s (ms, p50 / max of %d)%n%n",
                files, Runtime.getRuntime().availableProcessors(), BenchReport.loadAverage(), ROUNDS);
        System.out.println("| case | FX thread (incl. CSS + layout) | off-thread |");
        System.out.println("|---|---:|---:|");
        rows.forEach(System.out::println);
        bench.executor.close();
        Platform.exit();
    }

    private List<String> run(int files) throws Exception {
        ImageContents a = image("original", files, false);
        ImageContents b = image("optimized", files, true);
        List<Double> merge = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            io.dockwright.ui.compare.ComparedImages.of(comparison(), a, b);
            merge.add(ms(t));
        }
        fx(() -> show(a, b));
        awaitTree();
        List<String> rows = new ArrayList<>();
        rows.add(String.format("| merge both trees + diff (once per build pair) | – | %.0f |", BenchReport.percentiles(merge)[0]));
        rows.add(expand("expand a directory of 100 files", "/d0/s0"));
        rows.add(expand("expand a directory of 20,000 files", "/big"));
        MergedTree tree = view.fileTable().getRoot().getValue() == null ? null : vmTree();
        rows.add(query("sort by name (column header)", q -> vm.files().sortBy(TreeQuery.Sort.NAME, false),
                q -> vm.files().sortBy(TreeQuery.Sort.SIZE, true), tree, TreeQuery.DEFAULT.sortedBy(TreeQuery.Sort.NAME, false)));
        rows.add(query("filter: only differences", q -> vm.files().setOnlyDifferences(true),
                q -> vm.files().setOnlyDifferences(false), tree, TreeQuery.DEFAULT.onlyDifferences(true)));
        rows.add(query("filter: search \"f7\"", q -> vm.files().setSearch("f7"), q -> vm.files().setSearch(""), tree,
                TreeQuery.DEFAULT.searching("f7")));
        rows.add(query("filter: at least 100 kB", q -> vm.files().setMinBytes(100_000), q -> vm.files().setMinBytes(0), tree,
                TreeQuery.DEFAULT.atLeast(100_000)));
        rows.add(eager(tree));
        return rows;
    }

    /**
     * The comparator: what the same table costs with an eager model, every path a TreeItem made on the FX thread (and
     * the table given the new root), as a plain TreeTableView model is built; once, it takes seconds.
     */
    private String eager(MergedTree tree) throws Exception {
        double took = fx(() -> {
            long t0 = System.nanoTime();
            TreeItem<MergedNode> root = eagerItem(VisibleTree.of(tree, TreeQuery.DEFAULT), tree.root());
            root.setExpanded(true);
            TreeTableView<MergedNode> t = view.fileTable();
            t.setRoot(root);
            t.getScene().getRoot().applyCss();
            t.getScene().getRoot().layout();
            return ms(t0);
        });
        return String.format("| comparator: the whole tree as TreeItems on the FX thread (eager model), once | %.0f | – |", took);
    }

    private static TreeItem<MergedNode> eagerItem(VisibleTree v, MergedNode n) {
        TreeItem<MergedNode> item = new TreeItem<>(n);
        List<TreeItem<MergedNode>> kids = new ArrayList<>();
        for (MergedNode c : v.children(n)) kids.add(eagerItem(v, c));
        item.getChildren().setAll(kids);
        return item;
    }

    private MergedTree vmTree() {
        return vm.comparedProperty().get().tree();
    }

    private Object show(ImageContents a, ImageContents b) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new CompareViewModel(executor, (build, l) -> build.label().equals("original") ? a : b,
                new CompareExporter(new ChartExporter()), r -> { });
        vm.files().visibleProperty().addListener((o, was, is) -> arrived = System.nanoTime()); // before the view's listener
        view = new CompareView(vm);
        vm.files().visibleProperty().addListener((o, was, is) -> { // after the view replaced its root
            if (is == null) return;
            view.fileTable().getScene().getRoot().applyCss();
            view.fileTable().getScene().getRoot().layout();
            applied.add(ms(arrived));
        });
        window = new Stage();
        Scene scene = new Scene(view.node() instanceof javafx.scene.Parent p ? p : null, 1280, 800);
        scene.getStylesheets().add(ThemeManager.class.getResource(ThemeManager.STYLESHEET).toExternalForm());
        window.setScene(scene);
        window.show();
        Comparison c = comparison();
        vm.show(c.original(), c.optimized());
        vm.read();
        return null;
    }

    private void awaitTree() throws Exception {
        Double first = applied.poll(300, TimeUnit.SECONDS);
        if (first == null) throw new IllegalStateException("the tree never showed");
        Thread.sleep(500);
        applied.clear();
    }

    private String expand(String name, String path) throws Exception {
        List<Double> fxTimes = new ArrayList<>();
        for (int i = 0; i < ROUNDS + WARM_UP; i++) {
            boolean counted = i >= WARM_UP;
            double took = fx(() -> {
                TreeTableView<MergedNode> t = view.fileTable();
                t.getRoot().getChildren().forEach(c -> c.setExpanded(false));
                t.getScene().getRoot().layout();
                TreeItem<MergedNode> item = find(t.getRoot(), path);
                TreeItem<MergedNode> fresh = item; // a directory's rows are made on its first expansion: measure a fresh one
                long t0 = System.nanoTime();
                expandTo(fresh);
                long t1 = System.nanoTime();
                t.scrollTo(t.getRow(fresh));
                long t2 = System.nanoTime();
                t.getScene().getRoot().applyCss();
                long t3 = System.nanoTime();
                t.getScene().getRoot().layout();
                double spent = ms(t0);
                if (System.getProperty("bench.detail") != null) System.err.printf("expand %.1f scroll %.1f css %.1f layout %.1f%n",
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, ms(t3));
                for (TreeItem<MergedNode> i2 = fresh; i2 != null; i2 = i2.getParent()) i2.setExpanded(false); // not reopened
                t.getRoot().setExpanded(true);
                return spent;
            });
            if (counted) fxTimes.add(took);
            boolean flip = i % 2 == 0;
            fx(() -> { // a new root so that the next round's rows are made again
                vm.files().sortBy(flip ? TreeQuery.Sort.NAME : TreeQuery.Sort.SIZE, !flip);
                return null;
            });
            applied.poll(60, TimeUnit.SECONDS);
        }
        double[] p = BenchReport.percentiles(fxTimes);
        return String.format("| %s | %.1f / %.1f | – |", name, p[0], p[2]);
    }

    private static void expandTo(TreeItem<MergedNode> item) {
        for (TreeItem<MergedNode> i = item; i != null; i = i.getParent()) i.setExpanded(true);
    }

    private static TreeItem<MergedNode> find(TreeItem<MergedNode> root, String path) {
        TreeItem<MergedNode> at = root;
        for (String part : path.substring(1).split("/")) {
            at = at.getChildren().stream().filter(c -> c.getValue().name().equals(part)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + path));
        }
        return at;
    }

    private String query(String name, Consumer<Void> on, Consumer<Void> off, MergedTree tree, TreeQuery offThread) throws Exception {
        List<Double> fxTimes = new ArrayList<>();
        List<Double> work = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            fx(() -> {
                view.fileTable().getRoot().getChildren().get(0).setExpanded(true); // one open directory to open again
                on.accept(null);
                return null;
            });
            fxTimes.add(applied.poll(60, TimeUnit.SECONDS));
            fx(() -> {
                off.accept(null);
                return null;
            });
            applied.poll(60, TimeUnit.SECONDS);
            long t = System.nanoTime();
            VisibleTree.of(tree, offThread);
            work.add(ms(t));
        }
        double[] p = BenchReport.percentiles(fxTimes);
        return String.format("| %s | %.1f / %.1f | %.0f |", name, p[0], p[2], BenchReport.percentiles(work)[0]);
    }

    private static Comparison comparison() {
        return new Comparison(new BuildResult("original", "sha256:a", "a:latest", 1_000_000_000L, List.of(), 1, "api"),
                new BuildResult("optimized", "sha256:b", "b:latest", 300_000_000L, List.of(), 1, "api"));
    }

    /**
     * FILES files: /big holds 20,000; the rest lie in 10 subdirectories of 100 files under /dN. The optimized image
     * lacks every third /dN and has other sizes for every seventh file.
     */
    private static ImageContents image(String label, int files, boolean optimized) {
        FileTree.Builder t = new FileTree.Builder();
        TreeNode big = t.add(t.root(), "big", FileType.DIRECTORY, 0, 0755, 0, 0, null, null, 0, null);
        int bigFiles = Math.min(20_000, files / 10);
        for (int i = 0; i < bigFiles; i++) t.add(big, "f" + i, FileType.FILE, 1_000 + i + (optimized && i % 7 == 0 ? 1 : 0), 0644, 0, 0, null, null, 0, null);
        int rest = files - bigFiles;
        int dirs = (rest + 999) / 1000;
        int made = 0;
        for (int d = 0; d < dirs && made < rest; d++) {
            boolean skip = optimized && d % 3 == 2;
            TreeNode dir = skip ? null : t.add(t.root(), "d" + d, FileType.DIRECTORY, 0, 0755, 0, 0, null, null, 0, null);
            for (int s = 0; s < 10 && made < rest; s++) {
                TreeNode sub = skip ? null : t.add(dir, "s" + s, FileType.DIRECTORY, 0, 0755, 0, 0, null, null, 0, null);
                for (int f = 0; f < 100 && made < rest; f++, made++) {
                    if (skip) continue;
                    long size = 100L * ((made * 7919L) % 5000) + (optimized && made % 7 == 0 ? 1 : 0);
                    t.add(sub, "f" + f, FileType.FILE, size, 0644, 0, 0, null, null, 0, null);
                }
            }
        }
        FileTree tree = t.build();
        RuntimeConfig config = null;
        return new ImageContents(label, "sha256:" + label, List.of(), config, List.of(), tree, tree.totalBytes(), tree.totalBytes(),
                0, List.of(), Map.of(), List.of());
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }
}
