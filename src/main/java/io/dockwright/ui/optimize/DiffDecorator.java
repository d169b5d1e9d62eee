package io.dockwright.ui.optimize;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.richtext.CodeArea;

/**
 * Shows one side of a {@link DiffRows} in an editor's {@link CodeArea} without touching its text: each line gets a
 * {@link DiffLine} graphic, and a line followed (or, for the first, preceded) by filler rows gets a padding class so
 * its row is as tall as the rows beside it. The padding classes are generated from the measured line height.
 * Filler rows after the last paragraph make up for an empty last line (a final newline) only the other side has.
 */
final class DiffDecorator {
    private final CodeArea area;
    private final Map<String, String> rules = new LinkedHashMap<>();
    private String sheet; // the generated padding rules
    private String installed; // the copy of a sheet this side put on sheetScene
    private Scene sheetScene;
    private boolean syncPending;
    private double lineHeight;
    private DiffRows.Side shown;
    private int shownEndRows;

    DiffDecorator(CodeArea area) {
        this.area = area;
        area.sceneProperty().addListener((o, was, scene) -> syncSheetLater());
        // the rows' real height is known after layout: measure again then (it settles after one more pass)
        area.totalHeightEstimateProperty().addListener((o, was, now) -> {
            if (shown != null && measureLineHeight() != lineHeight) apply(shown, shownEndRows);
        });
    }

    /** The height of one row, as last measured. */
    double lineHeight() { return lineHeight; }

    /** The top of paragraph {@code p}'s box in rows from the top of the content (its filler padding included). */
    static int rowTop(DiffRows.Side side, int p) {
        int rows = 0;
        for (int line = 1; line <= p; line++) rows += 1 + side.gapAfter(line) + (line == 1 ? side.gapAfter(0) : 0);
        return rows;
    }

    /** The paragraph whose box holds row {@code row}. */
    static int paragraphAtRow(DiffRows.Side side, int paragraphs, double row) {
        int p = 0;
        while (p + 1 < paragraphs && rowTop(side, p + 1) <= row) p++;
        return p;
    }

    /**
     * The screen Y of the top of each laid-out paragraph's box, by paragraph index. Unlike the area's paragraph
     * bounds these are not cut off at the viewport's edges.
     */
    Map<Integer, Double> boxTops() {
        Map<Integer, Double> tops = new HashMap<>();
        for (Node n : area.lookupAll(".diff-line")) {
            if (n instanceof DiffLine l && l.getParent() != null && l.getParent().isVisible()) {
                tops.put(l.line() - 1, l.localToScreen(0, 0).getY());
            }
        }
        return tops;
    }

    /** Shows {@code side}, with {@code endRows} filler rows after the last paragraph. */
    void apply(DiffRows.Side side, int endRows) {
        shown = side;
        shownEndRows = endRows;
        double h = measureLineHeight();
        if (h != lineHeight) {
            lineHeight = h;
            rules.clear();
        }
        int paragraphs = area.getParagraphs().size();
        for (int p = 0; p < paragraphs; p++) {
            int above = rowsAbove(side, p), below = rowsBelow(side, p, paragraphs, endRows);
            List<String> classes = above + below == 0 ? List.of() : List.of(padClass(above, below));
            if (!area.getParagraph(p).getParagraphStyle().equals(classes)) area.setParagraphStyle(p, classes);
        }
        updateSheet();
        double gutter = Math.ceil(Math.max(2, Integer.toString(paragraphs).length()) * fontSize() * 0.62 + 26);
        area.setParagraphGraphicFactory(p -> new DiffLine(p + 1, side.kind(p + 1), rowsAbove(side, p),
                rowsBelow(side, p, paragraphs, endRows), lineHeight, gutter, area.widthProperty()));
    }

    /** Filler rows above paragraph {@code p}: only the first has any, the gap before the side's first line. */
    private static int rowsAbove(DiffRows.Side side, int p) {
        return p == 0 ? side.gapAfter(0) : 0;
    }

    /** Filler rows below paragraph {@code p}: the gap after its line, and after the last the {@code endRows}. */
    private static int rowsBelow(DiffRows.Side side, int p, int paragraphs, int endRows) {
        int line = p + 1;
        return (line <= side.lineCount() ? side.gapAfter(line) : 0) + (line == paragraphs ? endRows : 0);
    }

    private String padClass(int above, int below) {
        String name = "diff-pad-" + above + "-" + below;
        rules.computeIfAbsent(name, n -> String.format(Locale.ROOT, ".%s { -fx-padding: %.3fpx 0 %.3fpx 0; }",
                n, above * lineHeight, below * lineHeight));
        return name;
    }

    private void updateSheet() {
        String css = String.join("\n", rules.values());
        String uri = "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        if (uri.equals(sheet)) return;
        sheet = uri;
        syncSheetLater();
    }

    /**
     * Puts {@link #sheet} on the area's scene (a scene sheet: a parent's own sheet would hide the theme's looked-up
     * colours) once the current pulse is over. Changed during a CSS pass (the area enters the scene when a SplitPane's
     * skin is made, which happens while the scene is styled), a scene's stylesheets break the looked-up colours of
     * every node styled after them in that pass.
     */
    private void syncSheetLater() {
        if (syncPending) return;
        syncPending = true;
        Platform.runLater(() -> {
            syncPending = false;
            syncSheet();
        });
    }

    private void syncSheet() {
        Scene scene = area.getScene();
        String wanted = scene == null ? null : sheet;
        if (scene == sheetScene && Objects.equals(wanted, installed)) return;
        if (sheetScene != null) sheetScene.getStylesheets().remove(installed); // one copy: the other side may share it
        if (wanted != null) scene.getStylesheets().add(wanted);
        sheetScene = wanted == null ? null : scene;
        installed = wanted;
    }

    /** Whether a paragraph box's text carries one of the padding classes (the paragraph style goes on its text). */
    private static boolean padded(Region box) {
        return box.getChildrenUnmodifiable().stream().anyMatch(c -> c.getStyleClass().stream().anyMatch(s -> s.startsWith("diff-pad-")));
    }

    private Font font() {
        Node n = area.lookup(".text");
        return n instanceof Text t ? t.getFont() : Font.font("DejaVu Sans Mono", 14);
    }

    private double fontSize() { return font().getSize(); }

    /**
     * The height of one row: the shortest laid-out paragraph without filler padding; while none is laid out (the
     * viewport inside a tall filler block) the last measure; before the first layout the height of a line of the
     * area's font.
     */
    private double measureLineHeight() {
        double rows = area.lookupAll(".paragraph-box").stream()
                .filter(n -> n instanceof Region r && r.isVisible() && !padded(r))
                .mapToDouble(n -> ((Region) n).getHeight()).filter(h -> h > 0).min().orElse(0);
        if (rows > 0) return rows;
        if (lineHeight > 0) return lineHeight;
        Text probe = new Text("Mg");
        probe.setFont(font());
        return probe.getLayoutBounds().getHeight();
    }
}
