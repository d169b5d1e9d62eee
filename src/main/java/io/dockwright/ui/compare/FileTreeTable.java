package io.dockwright.ui.compare;

import io.dockwright.compare.tree.MergedNode;
import io.dockwright.compare.tree.TreeQuery;
import io.dockwright.compare.tree.VisibleTree;
import io.dockwright.engine.images.ByteUnits;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The merged file tree of both images in one virtualized {@link TreeTableView}: path, the original's and the
 * optimized image's bytes, the change, the status; a search field, "only differences" and a size threshold. A
 * column header click asks the view model for that sort: filtering and sorting happen off the FX thread, and a new
 * {@link VisibleTree} replaces the root, with the directories the user had open opened again.
 */
final class FileTreeTable {
    /** With a search, directories are opened down to the matches until this many rows show. */
    static final int SEARCH_EXPAND_ROWS = 400;
    private final FileTreeViewModel vm;
    private final TreeTableView<MergedNode> table = new TreeTableView<>();
    private final Set<MergedNode> expanded = Collections.newSetFromMap(new IdentityHashMap<>());
    private final VBox root;
    private boolean replacing;

    FileTreeTable(FileTreeViewModel vm) {
        this.vm = vm;
        table.setId("compare-files");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No path matches."));
        TreeTableColumn<MergedNode, MergedNode> path = column("Path", TreeQuery.Sort.NAME, n -> n);
        path.setCellFactory(c -> new PathCell());
        table.setOnKeyPressed(e -> { // Enter on a "… more" row shows the next page
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER
                    && table.getSelectionModel().getSelectedItem() instanceof FileItem.More more) more.open();
        });
        path.setPrefWidth(330);
        table.getColumns().add(path);
        table.getColumns().add(bytes("Original", TreeQuery.Sort.ORIGINAL, MergedNode::bytesOriginal, false));
        table.getColumns().add(bytes("Optimized", TreeQuery.Sort.OPTIMIZED, MergedNode::bytesOptimized, false));
        table.getColumns().add(bytes("Change", TreeQuery.Sort.DELTA, MergedNode::delta, true));
        TreeTableColumn<MergedNode, MergedNode> status = column("Status", TreeQuery.Sort.STATUS, n -> n);
        status.setCellFactory(c -> text(FileTreeTable::statusText));
        status.setPrefWidth(110);
        table.getColumns().add(status);
        table.setSortPolicy(t -> {
            sortRequested();
            return true; // the view model sorts; the rows come back in a new tree
        });
        vm.visibleProperty().addListener((o, was, is) -> show(is));
        root = new VBox(toolbar(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        show(vm.visibleProperty().get());
    }

    private Node toolbar() {
        TextField search = new TextField();
        search.setId("compare-search");
        search.setPromptText("Search paths (e.g. site-packages)");
        search.textProperty().addListener((o, was, is) -> vm.setSearch(is));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(120);
        CheckBox onlyDiffs = new CheckBox("Only differences");
        onlyDiffs.setId("compare-only-differences");
        onlyDiffs.setMinWidth(Region.USE_PREF_SIZE);
        onlyDiffs.selectedProperty().addListener((o, was, is) -> vm.setOnlyDifferences(is));
        ComboBox<Long> threshold = new ComboBox<>();
        threshold.setId("compare-min-size");
        threshold.getItems().setAll(FileTreeViewModel.THRESHOLDS);
        threshold.setValue(0L);
        threshold.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long v) { return v == null ? "" : FileTreeViewModel.thresholdLabel(v); }

            @Override
            public Long fromString(String s) { return 0L; }
        });
        threshold.setMinWidth(Region.USE_PREF_SIZE);
        threshold.valueProperty().addListener((o, was, is) -> vm.setMinBytes(is == null ? 0 : is));
        Label status = new Label();
        status.setId("compare-files-status");
        status.getStyleClass().add("compare-files-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(0);
        HBox bar = new HBox(8, search, onlyDiffs, threshold);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("compare-toolbar");
        VBox top = new VBox(4, bar, status);
        top.getStyleClass().add("compare-files-top");
        return top;
    }

    private void sortRequested() {
        if (replacing || table.getSortOrder().isEmpty()) return;
        TreeTableColumn<MergedNode, ?> c = table.getSortOrder().get(0);
        vm.sortBy((TreeQuery.Sort) c.getUserData(), c.getSortType() == TreeTableColumn.SortType.DESCENDING);
    }

    private void show(VisibleTree v) {
        remember(table.getRoot());
        if (v == null) {
            table.setRoot(null);
            return;
        }
        FileItem top = new FileItem(v, v.root());
        top.setExpanded(true);
        replacing = true;
        try {
            table.setRoot(top);
        } finally {
            replacing = false;
        }
        if (!v.query().search().isEmpty()) openTowardsMatches(top);
        else if (expanded.isEmpty() && !top.getChildren().isEmpty()) top.getChildren().get(0).setExpanded(true); // the first look
        else reopen(top);
    }

    /** Keeps which directories were open (their rows were made), so that a new filter opens them again. */
    private void remember(TreeItem<MergedNode> item) {
        if (item == null) return;
        Deque<TreeItem<MergedNode>> todo = new ArrayDeque<>();
        todo.push(item);
        while (!todo.isEmpty()) {
            TreeItem<MergedNode> i = todo.pop();
            if (!(i instanceof FileItem f) || !f.loaded()) continue;
            if (i.isExpanded()) expanded.add(i.getValue());
            else expanded.remove(i.getValue());
            if (i.isExpanded()) i.getChildren().forEach(todo::push);
        }
    }

    private void reopen(TreeItem<MergedNode> top) {
        Deque<TreeItem<MergedNode>> todo = new ArrayDeque<>();
        top.getChildren().forEach(todo::push);
        while (!todo.isEmpty()) {
            TreeItem<MergedNode> i = todo.pop();
            if (!expanded.contains(i.getValue()) || i.isLeaf()) continue;
            i.setExpanded(true);
            i.getChildren().forEach(todo::push);
        }
    }

    /** Breadth first, so the shallow matches show first, until about {@link #SEARCH_EXPAND_ROWS} rows are out. */
    private void openTowardsMatches(TreeItem<MergedNode> top) {
        Deque<TreeItem<MergedNode>> todo = new ArrayDeque<>(top.getChildren());
        int rows = top.getChildren().size();
        while (!todo.isEmpty() && rows < SEARCH_EXPAND_ROWS) {
            TreeItem<MergedNode> i = todo.poll();
            if (i.isLeaf()) continue;
            i.setExpanded(true);
            rows += i.getChildren().size();
            todo.addAll(i.getChildren());
        }
    }

    private static <T> TreeTableColumn<MergedNode, T> column(String title, TreeQuery.Sort sort, Function<MergedNode, T> value) {
        TreeTableColumn<MergedNode, T> c = new TreeTableColumn<>(title);
        c.setUserData(sort);
        c.setId("compare-files-" + sort.name().toLowerCase(java.util.Locale.ROOT));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().getValue() == null ? null : value.apply(f.getValue().getValue())));
        c.setSortType(sort == TreeQuery.Sort.NAME ? TreeTableColumn.SortType.ASCENDING : TreeTableColumn.SortType.DESCENDING);
        return c;
    }

    private static TreeTableColumn<MergedNode, MergedNode> bytes(String title, TreeQuery.Sort sort, ToLongFunction<MergedNode> value,
                                                                boolean signed) {
        TreeTableColumn<MergedNode, MergedNode> c = column(title, sort, n -> n);
        c.setCellFactory(x -> {
            TreeTableCell<MergedNode, MergedNode> cell = text(n -> signed ? signedBytes(value.applyAsLong(n)) : sideBytes(n, sort));
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        c.setPrefWidth(95);
        c.setMinWidth(70);
        return c;
    }

    private static String sideBytes(MergedNode n, TreeQuery.Sort side) {
        boolean present = side == TreeQuery.Sort.ORIGINAL ? n.original() != null : n.optimized() != null;
        if (!present) return "—";
        return ByteUnits.human(side == TreeQuery.Sort.ORIGINAL ? n.bytesOriginal() : n.bytesOptimized());
    }

    static String signedBytes(long delta) {
        return delta == 0 ? "" : (delta > 0 ? "+" : "−") + ByteUnits.human(Math.abs(delta));
    }

    static String statusText(MergedNode n) {
        return switch (n.status()) {
            case ONLY_ORIGINAL -> "only original";
            case ONLY_OPTIMIZED -> "only optimized";
            case CHANGED -> "changed";
            case SAME -> n.differs() ? "differs inside" : "";
        };
    }

    private static TreeTableCell<MergedNode, MergedNode> text(Function<MergedNode, String> format) {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(MergedNode n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : format.apply(n));
            }
        };
    }

    /** The name, styled by how the path differs. */
    private static final class PathCell extends TreeTableCell<MergedNode, MergedNode> {
        private static final String[] STYLES = {"path-only-original", "path-only-optimized", "path-changed", "path-differs"};

        @Override
        protected void updateItem(MergedNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll(STYLES);
            getStyleClass().remove("path-more");
            setOnMouseClicked(null);
            if (!empty && getTableRow() != null && getTableRow().getTreeItem() instanceof FileItem.More more) {
                setText(more.label());
                getStyleClass().add("path-more");
                setOnMouseClicked(e -> more.open());
                return;
            }
            if (empty || n == null) {
                setText(null);
                return;
            }
            setText(n.directory() ? n.name() + "/" : n.name());
            switch (n.status()) {
                case ONLY_ORIGINAL -> getStyleClass().add(STYLES[0]);
                case ONLY_OPTIMIZED -> getStyleClass().add(STYLES[1]);
                case CHANGED -> getStyleClass().add(STYLES[2]);
                case SAME -> {
                    if (n.differs()) getStyleClass().add(STYLES[3]);
                }
            }
        }
    }

    TreeTableView<MergedNode> table() { return table; }

    Node node() { return root; }
}
