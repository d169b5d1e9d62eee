package io.dockwright.app;

import io.dockwright.ui.Panels;
import io.dockwright.ui.editor.DocumentViewModel;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.EditorViewModel;
import io.dockwright.ui.editor.ProblemsView;
import io.dockwright.ui.files.RecoveryStore;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The workbench layout: menus on top; the editor (with notices and the Problems list) on the left; on the
 * right the stage graph slot above the Build and Chart tabs; a status bar. Other features plug their views
 * into the slots ({@link #setStageGraphView}, {@link #setBuildView}, {@link #setChartViewOnFirstShow}).
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final StackPane graphSlot = new StackPane();
    private final Tab buildTab = new Tab("Build");
    private final Tab chartTab = new Tab("Chart");
    private final InfoBar infoBar = new InfoBar();
    private final SplitPane main;
    private final List<SplitPane> splitPanes;
    private final TabPane pages = new TabPane();
    private final javafx.beans.property.BooleanProperty pageShown = new javafx.beans.property.SimpleBooleanProperty();
    private Node workbench; // the editor and panels, or the Editor/Optimize pages holding them
    private final Tab optimizeTab = new Tab("Optimize");
    private final Tab compareTab = new Tab("Compare");

    public MainWindow(EditorViewModel editorVm, DocumentViewModel doc, EditorView editor, Node menuBar) {
        root.getStyleClass().add("workbench");
        root.setTop(menuBar);

        ProblemsView problems = new ProblemsView(editorVm, editor);
        Label problemCount = new Label();
        problemCount.textProperty().bind(editorVm.problemSummaryProperty());
        problemCount.getStyleClass().add("problem-location");
        VBox problemsPanel = Panels.panel("PROBLEMS", problems.node(), problemCount);
        SplitPane left = new SplitPane(new VBox(infoBar.node(), grow(editor.node())), problemsPanel);
        left.setId("editor-split");
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(problemsPanel, false);

        graphSlot.setId("stage-graph-slot");
        graphSlot.getChildren().setAll(Panels.placeholder(MaterialDesignG.GRAPH_OUTLINE, "Stage graph",
                "The build graph of the open Dockerfile appears here."));
        buildTab.setId("build-tab");
        buildTab.setContent(Panels.placeholder(MaterialDesignH.HAMMER_WRENCH, "Build: not built yet",
                "Build the original and optimized Dockerfiles to see logs here."));
        chartTab.setId("chart-tab");
        chartTab.setContent(Panels.placeholder(MaterialDesignC.CHART_BAR, "Chart: not built yet",
                "Image sizes and layers of both variants appear after a build."));
        TabPane tabs = new TabPane(buildTab, chartTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane right = new SplitPane(Panels.panel("STAGE GRAPH", graphSlot), tabs);
        right.setId("panels-split");
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.6);

        main = new SplitPane(left, right);
        main.setId("workbench-split");
        main.setDividerPositions(0.55);
        splitPanes = List.of(main, left, right);
        workbench = main;
        root.setCenter(main);
        root.setBottom(statusBar(editorVm, doc, pageShown));
    }

    private static Node grow(Node n) {
        VBox.setVgrow(n, Priority.ALWAYS);
        return n;
    }

    /** The status bar; the document's fields (caret, format, language) hide while a page such as the welcome page shows. */
    private static Node statusBar(EditorViewModel editorVm, DocumentViewModel doc, javafx.beans.value.ObservableBooleanValue pageShown) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(doc.messageProperty());
        message.setMinWidth(0);
        Label caret = new Label();
        caret.setId("status-caret");
        caret.textProperty().bind(editorVm.caretStatusProperty());
        Label format = new Label();
        format.setId("status-format");
        format.textProperty().bind(doc.fileStatusProperty());
        Label language = new Label("Dockerfile");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(message, gap, caret, format, language);
        bar.getStyleClass().add("status-bar");
        for (Label l : new Label[] {caret, format, language}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.visibleProperty().bind(javafx.beans.binding.Bindings.not(pageShown));
            l.managedProperty().bind(l.visibleProperty());
        }
        return bar;
    }

    /** Shows the offer to restore a buffer left by a crashed session. */
    void offerRecovery(RecoveryStore.Orphan orphan, DocumentViewModel doc) {
        String name = orphan.snapshot().path() == null ? "an untitled Dockerfile" : orphan.snapshot().path();
        infoBar.show("Dockwright found unsaved changes to " + name + " from a session that did not close normally.",
                new InfoBar.Choice("Restore", "restore-button", doc::restoreRecovery),
                new InfoBar.Choice("Discard", "discard-button", doc::discardRecovery));
    }

    /** Shows that another program changed or deleted the open file. */
    void offerDiskChoice(DocumentViewModel.DiskChange change, DocumentViewModel doc) {
        String name = doc.displayName();
        if (change == DocumentViewModel.DiskChange.DELETED) {
            infoBar.show(name + " was deleted by another program. Save to write it again.",
                    new InfoBar.Choice("Keep editing", "keep-button", doc::keepEditorVersion));
        } else {
            infoBar.show(name + " was changed by another program." + (doc.isDirty() ? " You also have unsaved changes." : ""),
                    new InfoBar.Choice("Reload from disk", "reload-button", doc::reloadFromDisk),
                    new InfoBar.Choice("Keep my version", "keep-button", doc::keepEditorVersion));
        }
    }

    void hideInfo() { infoBar.hide(); }

    /** A notice the user only acknowledges (e.g. an unusable preferences file). */
    void showNotice(String text) {
        infoBar.show(text, new InfoBar.Choice("OK", "notice-ok", () -> { }));
    }

    /** Shows {@code page} (the welcome page) in place of the editor and panels. */
    public void showPage(Node page) {
        root.setCenter(page);
        pageShown.set(true);
    }

    /** Brings the editor and panels back after {@link #showPage}. */
    public void showWorkbench() {
        root.setCenter(workbench);
        pageShown.set(false);
    }

    /** Puts the stage graph view in its place (replacing the placeholder). */
    public void setStageGraphView(Node view) { graphSlot.getChildren().setAll(view); }

    public void setBuildView(Node view) { buildTab.setContent(view); }

    /** Creates the Chart tab's view when the tab is first shown, so its libraries load only then. */
    public void setChartViewOnFirstShow(Supplier<Node> view) { onFirstShow(chartTab, view); }

    private static void onFirstShow(Tab tab, Supplier<Node> view) {
        if (tab.isSelected()) {
            tab.setContent(view.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (!is) return;
                tab.selectedProperty().removeListener(this);
                tab.setContent(view.get());
            }
        });
    }

    /** Adds the optimizer's view, created when first shown, as a second page beside the workbench (Editor | Optimize). */
    public void setOptimizeViewOnFirstShow(Supplier<Node> view) {
        Tab editorTab = new Tab("Editor", main);
        editorTab.setId("editor-page");
        optimizeTab.setId("optimize-page");
        pages.getTabs().setAll(editorTab, optimizeTab);
        if (compareTab.getContent() != null || compareView != null) pages.getTabs().add(compareTab);
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pages.getStyleClass().add("pages");
        onFirstShow(optimizeTab, view);
        boolean shown = root.getCenter() == main;
        workbench = pages;
        if (shown) root.setCenter(pages);
    }

    private Supplier<Node> compareView;

    /**
     * Adds the Compare page after Optimize; its view is made when first shown, and {@code onShown} runs each time the
     * page comes to the front (the images are read then).
     */
    public void setCompareViewOnFirstShow(Supplier<Node> view, Runnable onShown) {
        compareView = view;
        compareTab.setId("compare-page");
        onFirstShow(compareTab, view);
        compareTab.selectedProperty().addListener((o, was, is) -> {
            if (is) onShown.run();
        });
        if (!pages.getTabs().isEmpty() && !pages.getTabs().contains(compareTab)) pages.getTabs().add(compareTab);
    }

    /** The Compare page in front. */
    public void showCompare() {
        showWorkbench();
        pages.getSelectionModel().select(compareTab);
    }

    /** The id of the page in front ("editor-page", "optimize-page", "compare-page"), null before there are pages. */
    String selectedPage() {
        Tab t = pages.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getId();
    }

    /** The Editor page in front. */
    public void showEditor() {
        showWorkbench();
        if (!pages.getTabs().isEmpty()) pages.getSelectionModel().select(0);
    }

    public void showOptimize() {
        showWorkbench();
        pages.getSelectionModel().select(optimizeTab);
    }

    /** The workbench page with the Build tab in front. */
    public void showBuild() {
        showWorkbench();
        pages.getSelectionModel().select(0);
        buildTab.getTabPane().getSelectionModel().select(buildTab);
    }

    public Scene createScene(double width, double height) { return new Scene(root, width, height); }

    /** Runs {@code action} once, after the pulse that first styles and lays out the window (its first frame). */
    void afterFirstFrame(Runnable action) {
        Scene scene = root.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean posted;

            @Override
            public void run() {
                if (posted) return;
                posted = true;
                javafx.application.Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                });
            }
        });
    }

    public BorderPane root() { return root; }

    /** The panes whose dividers the user drags: editor | panels, editor / Problems, stage graph / Build-Chart. */
    List<SplitPane> splitPanes() { return splitPanes; }
}
