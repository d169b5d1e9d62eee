package io.dockwright.ui.optimize;

import io.dockwright.concurrent.BackgroundExecutor;
import io.dockwright.optimize.LineRange;
import io.dockwright.ui.Panels;
import io.dockwright.ui.editor.Analyzer;
import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.editor.EditorViewModel;
import io.dockwright.ui.graph.GraphView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The optimizer's view: a toolbar (Optimize, Build both, Export, Copy), the original (read-only) and the optimized
 * (editable, highlighted like the main editor) side by side as an aligned diff, their stage graphs below, and the
 * list of changes with an accept checkbox each, and the verification panel (Verify, the verdict, what was checked).
 * When no safe rewrite exists it shows the reason instead of a diff.
 */
public final class OptimizeView {
    /** What the toolbar's buttons do beyond the view model: the app knows the editor, the dialogs and the clipboard. */
    public record Actions(Runnable optimize, Runnable buildBoth, Runnable export, Runnable copy) {}

    private final OptimizeViewModel vm;
    private final EditorView left;
    private final EditorView right;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final Node content;
    private final Node start;
    private final Label reasonText = new Label();
    private final Node reasonPane;
    private final DiffDecorator leftDiff;
    private final DiffDecorator rightDiff;
    private final ScrollSync scroll;
    private final List<SplitPane> splitPanes = new ArrayList<>();

    private final VerifyPanel verify;

    public OptimizeView(OptimizeViewModel vm, VerifyViewModel verifyVm, BackgroundExecutor executor, Analyzer analyzer, Actions actions) {
        this.vm = vm;
        this.verify = new VerifyPanel(verifyVm);
        this.left = new EditorView(new EditorViewModel(executor, analyzer));
        this.right = new EditorView(new EditorViewModel(executor, analyzer));
        left.area().setEditable(false);
        left.area().setId("optimize-original");
        right.area().setId("optimize-optimized");
        root.getStyleClass().add("optimize-view");
        leftDiff = new DiffDecorator(left.area());
        rightDiff = new DiffDecorator(right.area());
        scroll = new ScrollSync(left, leftDiff, right, rightDiff, vm.diffProperty()::get);
        root.setTop(toolbar(actions));
        content = content(executor);
        start = Panels.placeholder(MaterialDesignA.AUTO_FIX, "Optimize the open Dockerfile",
                "Dockwright rewrites it into a lean multi-stage build and explains every change. Run Optimize (Ctrl+Shift+O).");
        reasonText.setId("optimize-reason");
        reasonText.getStyleClass().add("optimize-reason");
        reasonPane = Panels.placeholder(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, "No safe rewrite: the Dockerfile is left as it is", reasonText);
        center.getChildren().setAll(start);
        root.setCenter(center);
        wire();
    }

    private Node toolbar(Actions actions) {
        Button optimize = button("Optimize", MaterialDesignA.AUTO_FIX, "optimize-run", actions.optimize());
        optimize.getStyleClass().add("accent");
        optimize.setTooltip(new Tooltip("Optimize the editor's current text (Ctrl+Shift+O)"));
        Button build = button("Build both", MaterialDesignH.HAMMER_WRENCH, "optimize-build", actions.buildBoth());
        build.setTooltip(new Tooltip("Build the original and the optimized Dockerfile and compare them in the chart"));
        Button export = button("Export…", MaterialDesignE.EXPORT_VARIANT, "optimize-export", actions.export());
        Button copy = button("Copy", MaterialDesignC.CONTENT_COPY, "optimize-copy", actions.copy());
        copy.setTooltip(new Tooltip("Copy the optimized Dockerfile to the clipboard"));
        for (Button b : new Button[] {build, export, copy}) {
            b.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.hasRewrite(), vm.resultProperty(), vm.reasonProperty()));
        }
        optimize.disableProperty().bind(vm.runningProperty());
        Label summary = new Label();
        summary.setId("optimize-summary");
        summary.getStyleClass().add("optimize-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> vm.hasRewrite() ? vm.diffProperty().get().summary() : "",
                vm.diffProperty(), vm.reasonProperty(), vm.resultProperty()));
        Label verification = new Label();
        verification.setId("optimize-verification");
        verification.getStyleClass().add("optimize-verification");
        verification.textProperty().bind(vm.verificationProperty());
        Label message = new Label();
        message.setId("optimize-message");
        message.getStyleClass().add("optimize-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, optimize, build, export, copy, gap, summary, verification, message);
        bar.getStyleClass().add("optimize-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String text, Ikon icon, String id, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node content(BackgroundExecutor executor) {
        Label edited = new Label("edited");
        edited.getStyleClass().add("optimize-edited");
        edited.visibleProperty().bind(vm.editedProperty());
        SplitPane diff = new SplitPane(Panels.panel("ORIGINAL · read-only", left.node()), Panels.panel("OPTIMIZED · editable", right.node(), edited));
        diff.getStyleClass().add("optimize-diff");
        diff.setId("optimize-diff-split");
        GraphView originalGraph = new GraphView(vm.originalGraph(), executor);
        GraphView optimizedGraph = new GraphView(vm.optimizedGraph(), executor);
        originalGraph.setTop(null); // no target/zoom toolbar in these small panes: the graphs fit themselves
        optimizedGraph.setTop(null);
        SplitPane graphs = new SplitPane(Panels.panel("ORIGINAL STAGES", originalGraph), Panels.panel("OPTIMIZED STAGES", optimizedGraph));
        graphs.setId("optimize-graphs-split");
        SplitPane main = new SplitPane(diff, graphs);
        main.setId("optimize-main-split");
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.64);

        ListView<ChangeItem> list = new ListView<>(vm.changes());
        list.setId("optimize-changes");
        list.getStyleClass().add("optimize-changes");
        list.setCellFactory(l -> new ChangeCell(vm, () -> confirmDiscard(l)));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, item) -> vm.select(item));
        ListView<String> warnings = new ListView<>(vm.warnings());
        Label none = new Label("Nothing to check: the optimizer made no assumptions about this project.");
        none.setWrapText(true);
        none.getStyleClass().add("placeholder-hint");
        warnings.setPlaceholder(none);
        warnings.getStyleClass().add("optimize-warnings");
        warnings.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            {
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setGraphic(empty ? null : new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            }
        });
        SplitPane side = new SplitPane(Panels.panel("CHANGES · uncheck to reject", list), Panels.panel("CHECK BEFORE USING", warnings));
        side.setId("optimize-side-split");
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.8);
        SplitPane checks = new SplitPane(verify.node(), side);
        checks.setId("optimize-verify-split");
        checks.setOrientation(Orientation.VERTICAL);
        checks.setDividerPositions(0.4);
        SplitPane all = new SplitPane(main, checks);
        all.setId("optimize-split");
        all.setDividerPositions(0.68);
        splitPanes.addAll(List.of(all, main, diff, graphs, side, checks));
        SplitPane.setResizableWithParent(checks, false);
        return all;
    }

    private void wire() {
        vm.originalProperty().addListener((o, was, text) -> left.load(text));
        vm.optimizedProperty().addListener((o, was, text) -> {
            if (text.equals(right.text())) return;
            right.load(text);
            decorate(); // the diff changed before this side had the text
        });
        right.area().multiPlainChanges().successionEnds(Duration.ofMillis(200))
                .subscribe(c -> vm.optimizedProperty().set(right.text()));
        vm.diffProperty().addListener((o, was, d) -> decorate());
        vm.reasonProperty().addListener((o, was, r) -> showState());
        vm.resultProperty().addListener((o, was, r) -> showState());
        vm.selectionProperty().addListener((o, was, range) -> select(range));
        vm.optimizedSelectionProperty().addListener((o, was, range) -> {
            if (range != null) selectIn(right.area(), range);
        });
        vm.originalGraph().onSelectionRequest(span -> {
            scroll.leadWith(left.area());
            left.select(span.start(), span.end());
        });
        vm.optimizedGraph().onSelectionRequest(span -> {
            scroll.leadWith(right.area());
            right.select(span.start(), span.end());
        });
    }

    private void showState() {
        String reason = vm.reasonProperty().get();
        reasonText.setText(reason == null ? "" : Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
        center.getChildren().setAll(vm.resultProperty().get() == null ? start : reason != null ? reasonPane : content);
        decorate();
    }

    private void decorate() {
        DiffRows d = vm.diffProperty().get();
        // each side's paragraphs are its lines, and one more (empty) when its text ends with a newline
        int leftEnd = left.lineCount() - d.left().lineCount();
        int rightEnd = right.lineCount() - d.right().lineCount();
        if (vm.resultProperty().get() == null || leftEnd < 0 || leftEnd > 1 || rightEnd < 0 || rightEnd > 1) return;
        // an empty last paragraph only one side has: a filler row at the end of the other
        leftDiff.apply(d.left(), Math.max(0, rightEnd - leftEnd));
        rightDiff.apply(d.right(), Math.max(0, leftEnd - rightEnd));
    }

    private void select(LineRange range) {
        if (range == null) return;
        selectIn(left.area(), range);
    }

    private void selectIn(CodeArea a, LineRange range) {
        int first = Math.min(range.first(), a.getParagraphs().size()) - 1;
        int last = Math.min(range.last(), a.getParagraphs().size()) - 1;
        a.selectRange(first, 0, last, a.getParagraph(last).length());
        a.showParagraphInViewport(first);
        scroll.leadWith(a);
    }

    private static boolean confirmDiscard(Node owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Changing which changes are accepted optimizes again and replaces your edits to the optimized text.",
                new ButtonType("Replace my edits", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        alert.setHeaderText("Discard your edits to the optimized text?");
        alert.setTitle("Optimize again");
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return alert.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    public Node node() { return root; }

    /** The panes whose dividers the user drags, each with an id. */
    public List<SplitPane> splitPanes() { return List.copyOf(splitPanes); }

    /** The editable optimized side (for tests and the app). */
    public EditorView optimizedEditor() { return right; }

    public EditorView originalEditor() { return left; }
}
