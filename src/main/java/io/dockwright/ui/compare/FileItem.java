package io.dockwright.ui.compare;

import io.dockwright.compare.tree.MergedNode;
import io.dockwright.compare.tree.VisibleTree;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A tree row made only when its parent is first expanded: its children are looked up in the precomputed
 * {@link VisibleTree} (already filtered and sorted). A directory shows its first {@value #PAGE} children in the
 * query's order and a {@link More} row for the rest, which adds the next page when clicked: JavaFX's tree makes
 * each added row cost more the more rows its parent has, so 20,000 rows at once would hold the FX thread for seconds.
 */
class FileItem extends TreeItem<MergedNode> {
    static final int PAGE = 1_000;
    private final VisibleTree visible;
    private boolean loaded;

    FileItem(VisibleTree visible, MergedNode node) {
        super(node);
        this.visible = visible;
    }

    @Override
    public boolean isLeaf() {
        return getValue() == null || visible.children(getValue()).isEmpty();
    }

    @Override
    public ObservableList<TreeItem<MergedNode>> getChildren() {
        if (!loaded) {
            loaded = true;
            super.getChildren().setAll(page(0));
        }
        return super.getChildren();
    }

    /** Replaces the {@link More} row with the next page of children (and a new More row when some are left). */
    void showMore(More more) {
        ObservableList<TreeItem<MergedNode>> kids = super.getChildren();
        int at = kids.indexOf(more);
        if (at < 0) return;
        kids.remove(at);
        kids.addAll(page(more.from));
    }

    private List<TreeItem<MergedNode>> page(int from) {
        List<MergedNode> all = visible.children(getValue());
        int to = Math.min(all.size(), from + PAGE);
        TreeItem<MergedNode>[] items = newArray(to - from + (to < all.size() ? 1 : 0));
        for (int i = from; i < to; i++) items[i - from] = new FileItem(visible, all.get(i));
        if (to < all.size()) items[items.length - 1] = new More(this, to, all.size() - to);
        return List.of(items);
    }

    @SuppressWarnings("unchecked")
    private static TreeItem<MergedNode>[] newArray(int n) {
        return new TreeItem[n];
    }

    /** True when the children were made (the row was expanded at some time). */
    boolean loaded() { return loaded; }

    /** The row after a page: "… N more"; a click shows the next page. Its value is null. */
    static final class More extends FileItem {
        private final FileItem owner;
        private final int from;
        private final int left;

        More(FileItem owner, int from, int left) {
            super(owner.visible, null);
            this.owner = owner;
            this.from = from;
            this.left = left;
        }

        String label() {
            return String.format(java.util.Locale.ROOT, "… %,d more (click to show %,d more)", left, Math.min(left, PAGE));
        }

        void open() {
            owner.showMore(this);
        }
    }
}
