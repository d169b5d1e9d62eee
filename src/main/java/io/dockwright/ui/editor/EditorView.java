package io.dockwright.ui.editor;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The Dockerfile editor: a RichTextFX {@link CodeArea} with line numbers, current-line highlight (CSS
 * {@code :has-caret}; RichTextFX's line highlighter costs ~100 ms an edit on 5,000 lines),
 * highlighting and diagnostics from the {@link EditorViewModel} (applied only where they changed),
 * hover descriptions, completion and a find/replace bar.
 */
public final class EditorView implements TextEditor {
    private static final Duration DEBOUNCE = Duration.ofMillis(50);
    private final EditorViewModel vm;
    private final CodeArea area = new CodeArea();
    private final BorderPane root = new BorderPane();
    private final LineGutter gutter = new LineGutter(area);
    private final FindBar findBar;
    private final CompletionPopup completion;
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private StyleRuns applied;
    private int editFrom = Integer.MAX_VALUE;
    private int editTo = -1;
    private double fontSize = 14;
    private long lastApplyNanos;

    public EditorView(EditorViewModel vm) {
        this.vm = vm;
        area.setId("editor");
        area.getStyleClass().add("dockerfile-editor");
        area.setParagraphGraphicFactory(gutter);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        findBar = new FindBar(area, new FindModel());
        completion = new CompletionPopup(area, vm);
        root.setTop(findBar.node());
        root.setCenter(new VirtualizedScrollPane<>(area));
        root.getStyleClass().add("editor-pane");
        hoverLabel.getStyleClass().add("hover-tip");
        hoverLabel.setWrapText(true);
        hoverLabel.setMaxWidth(520);
        hover.getContent().add(hoverLabel);
        wire();
        setFontSize(fontSize);
    }

    private void wire() {
        area.plainTextChanges().subscribe(this::trackEdit);
        area.multiPlainChanges().successionEnds(DEBOUNCE).subscribe(c -> vm.requestAnalysis(area.getText()));
        vm.analysisProperty().addListener((o, was, a) -> apply(a));
        area.caretPositionProperty().addListener((o, was, pos) -> caretMoved());
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = vm.hoverText(e.getCharacterIndex());
            if (text == null) return;
            hoverLabel.setText(text);
            hover.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 14);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN).match(e)) {
                completion.show(true);
                e.consume();
            }
        });
        area.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty() && (Character.isLetter(e.getCharacter().charAt(0)) || "-=".contains(e.getCharacter()))) {
                completion.show(false);
            }
        });
    }

    private void trackEdit(PlainTextChange c) {
        vm.textChanged();
        int pos = c.getPosition();
        int delta = c.getNetLength();
        if (editTo >= pos) editTo = Math.max(pos, editTo + delta);
        editFrom = Math.min(editFrom, pos);
        editTo = Math.max(editTo, c.getInsertionEnd());
    }

    /** Applies an analysis if it is for the current text, restyling only the changed range. */
    private void apply(Analysis a) {
        long start = System.nanoTime();
        applyRuns(a);
        lastApplyNanos = System.nanoTime() - start;
    }

    private void applyRuns(Analysis a) {
        if (a == null || a.version() != vm.version() || a.text().length() != area.getLength()) return;
        StyleRuns runs = a.styles();
        int from = 0;
        int to = runs.length();
        if (applied != null) {
            int[] changed = runs.changedRange(applied);
            from = Math.min(changed[0], editFrom);
            to = Math.min(runs.length(), Math.max(changed[1], editTo));
        }
        editFrom = Integer.MAX_VALUE;
        editTo = -1;
        applied = runs;
        if (to <= from) return;
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (StyleRuns.Run r : runs.slice(from, to)) b.add(r.classes(), r.length());
        StyleSpans<Collection<String>> spans = b.create();
        area.setStyleSpans(from, spans);
    }

    private void caretMoved() {
        var pos = area.offsetToPosition(area.getCaretPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        vm.caretMoved(area.getCaretPosition(), pos.getMajor() + 1, pos.getMinor() + 1);
    }

    /** Replaces the whole content (a file was opened): no undo history, caret at the start. */
    public void load(String text) {
        applied = null;
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        area.requestFollowCaret();
        vm.requestAnalysis(text);
    }

    public void setFontSize(double size) {
        fontSize = Math.max(8, Math.min(40, size));
        area.setStyle("-fx-font-size: " + fontSize + "px;");
        gutter.setFontSize(fontSize);
    }

    public double fontSize() { return fontSize; }

    /** FX-thread time of the last highlighting update, for the editor benchmark. */
    public long lastApplyNanos() { return lastApplyNanos; }

    public void showFind(boolean replace) { findBar.show(replace); }

    public void goToLine(int line, int column) {
        int l = Math.max(1, Math.min(line, area.getParagraphs().size())) - 1;
        int c = Math.max(0, Math.min(column - 1, area.getParagraph(l).length()));
        area.moveTo(l, c);
        area.requestFollowCaret();
        area.requestFocus();
    }

    public void showCompletion() { completion.show(true); }

    /** Folds the stage at the caret into its FROM line; false when the caret is in no stage. */
    public boolean foldStageAtCaret() {
        Analysis a = vm.analysisProperty().get();
        if (a == null || a.version() != vm.version()) return false;
        return a.graph().stageAt(area.getCaretPosition()).filter(s -> s.endLine() > s.line()).map(s -> {
            int last = Math.min(s.endLine(), area.getParagraphs().size()) - 1;
            area.moveTo(s.line() - 1, 0);
            area.foldParagraphs(s.line() - 1, last);
            return true;
        }).orElse(false);
    }

    /** Shows every folded line again. */
    public void unfoldAll() {
        // RichTextFX unfolds the lines folded into a visible line, so call it on each fold's first line
        for (int p = 0; p + 1 < area.getParagraphs().size(); p++) {
            if (!area.isFolded(p) && area.isFolded(p + 1)) area.unfoldParagraphs(p);
        }
    }

    /** Moves the caret to {@code offset}, scrolls there and focuses the editor. */
    public void moveCaret(int offset) {
        area.moveTo(Math.max(0, Math.min(offset, area.getLength())));
        area.requestFollowCaret();
        area.requestFocus();
    }

    public CodeArea area() { return area; }

    public Node node() { return root; }

    public int lineCount() { return area.getParagraphs().size(); }

    /** The style classes at {@code offset} as displayed (for tests and the status bar). */
    public List<String> stylesAt(int offset) { return List.copyOf(area.getStyleOfChar(offset)); }

    @Override
    public String text() { return area.getText(); }

    @Override
    public void select(int start, int end) {
        int len = area.getLength();
        area.selectRange(Math.min(start, len), Math.min(end, len));
        area.requestFollowCaret();
        area.requestFocus();
    }

    @Override
    public void replace(int start, int end, String replacement) {
        area.replaceText(start, end, replacement);
    }
}
