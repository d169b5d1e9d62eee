package io.dockwright.ui.compare;

import io.dockwright.compare.tree.MergedTree;
import io.dockwright.compare.tree.TreeQuery;
import io.dockwright.compare.tree.VisibleTree;
import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.engine.images.ByteUnits;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The merged file tree's filter and sort: every change of the query computes the whole {@link VisibleTree} in the
 * background (a 200,000-path tree in well under a second), and only the newest result is shown, so typing in the
 * search field never waits for the tree.
 */
public final class FileTreeViewModel {
    /** The size thresholds offered: 0 (all), then 1 kB up to 100 MB (decimal, as the sizes are shown). */
    public static final List<Long> THRESHOLDS = List.of(0L, 1_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L);
    private final BackgroundExecutor executor;
    private final ObjectProperty<TreeQuery> query = new SimpleObjectProperty<>(this, "query", TreeQuery.DEFAULT);
    private final ReadOnlyObjectWrapper<VisibleTree> visible = new ReadOnlyObjectWrapper<>(this, "visible");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private MergedTree tree;
    private long generation;

    public FileTreeViewModel(BackgroundExecutor executor) {
        this.executor = executor;
        query.addListener((o, was, is) -> recompute());
    }

    void setTree(MergedTree t) {
        tree = t;
        visible.set(null);
        recompute();
    }

    void clear() {
        tree = null;
        generation++;
        visible.set(null);
        status.set("");
    }

    private void recompute() {
        if (tree == null) return;
        long mine = ++generation;
        MergedTree t = tree;
        TreeQuery q = query.get();
        status.set("Filtering " + String.format(Locale.ROOT, "%,d", t.size() - 1) + " paths…");
        executor.submit(() -> VisibleTree.of(t, q), v -> {
            if (mine != generation) return; // a newer query is on its way
            visible.set(v);
            status.set(describe(v));
        }, e -> status.set("Could not filter the tree: " + e.getMessage()));
    }

    static String describe(VisibleTree v) {
        TreeQuery q = v.query();
        int all = v.tree().size() - 1;
        String shown = String.format(Locale.ROOT, "%,d of %,d paths", v.shownPaths(), all);
        if (!q.search().isEmpty()) shown += String.format(Locale.ROOT, " (%,d matching \"%s\")", v.matches(), q.search());
        if (q.onlyDifferences()) shown += ", only differences";
        if (q.minBytes() > 0) shown += ", at least " + ByteUnits.human(q.minBytes());
        return shown;
    }

    public void setOnlyDifferences(boolean on) { update(query.get().onlyDifferences(on)); }

    public void setSearch(String text) { update(query.get().searching(text)); }

    public void setMinBytes(long bytes) { update(query.get().atLeast(bytes)); }

    public void sortBy(TreeQuery.Sort sort, boolean descending) { update(query.get().sortedBy(sort, descending)); }

    private void update(TreeQuery q) {
        if (!q.equals(query.get())) query.set(q); // an equal query (the same sort again) computes nothing
    }

    public ObjectProperty<TreeQuery> queryProperty() { return query; }

    /** The tree as the query shows it; null until the images are compared (and while the first filter runs). */
    public ReadOnlyObjectProperty<VisibleTree> visibleProperty() { return visible.getReadOnlyProperty(); }

    /** "1,234 of 200,000 paths, only differences". */
    public StringProperty statusProperty() { return status; }

    /** A threshold as the menu shows it ("all sizes", "≥ 1 MB"). */
    public static String thresholdLabel(long bytes) {
        return bytes == 0 ? "all sizes" : "≥ " + ByteUnits.human(bytes);
    }
}
