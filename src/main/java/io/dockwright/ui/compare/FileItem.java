package io.dockwright.ui.compare;

import io.dockwright.compare.tree.MergedNode;
import io.dockwright.compare.tree.VisibleTree;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A tree row made only when its parent is first expanded: its children are looked up in the precomputed
 * {@link VisibleTree} (already filtered and sorted), so expanding costs one item per shown child and nothing more.
 */
final class FileItem extends TreeItem<MergedNode> {
    private final VisibleTree visible;
    private boolean loaded;

    FileItem(VisibleTree visible, MergedNode node) {
        super(node);
        this.visible = visible;
    }

    @Override
    public boolean isLeaf() {
        return visible.children(getValue()).isEmpty();
    }

    @Override
    public ObservableList<TreeItem<MergedNode>> getChildren() {
        if (!loaded) {
            loaded = true;
            var kids = visible.children(getValue());
            @SuppressWarnings("unchecked")
            TreeItem<MergedNode>[] items = new TreeItem[kids.size()];
            for (int i = 0; i < items.length; i++) items[i] = new FileItem(visible, kids.get(i));
            super.getChildren().setAll(items);
        }
        return super.getChildren();
    }

    /** True when the children were made (the row was expanded at some time). */
    boolean loaded() { return loaded; }
}
