package io.dockwright.app;

import static io.dockwright.app.FxWait.await;
import static io.dockwright.app.FxWait.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockwright.ui.editor.EditorView;
import io.dockwright.ui.optimize.DiffRows;
import io.dockwright.ui.optimize.OptimizeViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Optimize page on a long Dockerfile whose rewrite adds and moves lines: scrolled to the very end (caret, wheel,
 * scroll bar) on either side, and after lines typed there, both sides show the same diff row at the top and every
 * line level with its partner on screen.
 */
class OptimizeScrollEndFxTest extends WindowFxTest {
    private Workbench wb;
    private OptimizeViewModel vm;
    private EditorView original;
    private EditorView optimized;

    /** The original ends without a newline, the optimized text with one: one more (empty) paragraph on that side. */
    @Test
    void aRewriteThatAddsARuntimeStageAtTheEnd() throws Exception {
        StringBuilder text = new StringBuilder("FROM python:3.7\nWORKDIR /app\nCOPY . .\nRUN pip install -r req.txt\n");
        for (int i = 1; i <= 300; i++) text.append("# note ").append(i).append('\n');
        text.append("ENV A=1\nRUN pip install gunicorn\nENTRYPOINT [\"python\", \"run.py\"]");
        open(text.toString());
        scrollToTheEndEveryWay();
    }

    /** The rewrite moves 150 comment lines up: a block of filler rows taller than the viewport on each side. */
    @Test
    void aRewriteThatMovesAHundredAndFiftyLines() throws Exception {
        StringBuilder text = new StringBuilder("FROM python:3.7\nWORKDIR /app\n");
        for (int i = 1; i <= 150; i++) text.append("# note ").append(i).append('\n');
        text.append("COPY . .\n");
        for (int i = 151; i <= 300; i++) text.append("# note ").append(i).append('\n');
        text.append("RUN pip install -r req.txt\nENTRYPOINT [\"python\", \"run.py\"]\n");
        open(text.toString());
        scrollToTheEndEveryWay();
    }

    private void scrollToTheEndEveryWay() throws Exception {
        // the caret to the end of the optimized side
        robot.clickOn(optimized.area());
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertLevelAtEnd("Ctrl+End on the optimized side", optimized);

        // back to the top with the original's caret, then its scroll bar to the bottom
        robot.clickOn(original.area());
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        await("the original at the top", () -> onFx(() -> original.area().getEstimatedScrollY()) < 1);
        // the bar's range is an estimate (it averages the padded and plain rows laid out): a user may drag twice
        for (int i = 0; i < 3 && !onFx(() -> atEnd(original.area())); i++) {
            robot.drag(thumb(original)).moveBy(0, 3000).release(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertLevelAtEnd("the original's scroll bar dragged to the bottom", original);

        // the wheel over the optimized side, from the top
        robot.clickOn(optimized.area());
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        await("the optimized side at the top", () -> onFx(() -> optimized.area().getEstimatedScrollY()) < 1);
        for (int i = 0; i < 400 && !onFx(() -> atEnd(optimized.area())); i++) wheel(optimized, -40);
        assertLevelAtEnd("the wheel over the optimized side", optimized);

        // and the wheel over the original, a little up and down again
        for (int i = 0; i < 5; i++) wheel(original, 40);
        for (int i = 0; i < 400 && !onFx(() -> atEnd(original.area())); i++) wheel(original, -40);
        assertLevelAtEnd("the wheel over the original", original);

        // lines typed at the end of the optimized side: the original gets filler rows a moment later
        robot.clickOn(optimized.area());
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.write("LABEL a=1\nLABEL b=2\n");
        await("the diff has the new lines", () -> onFx(() -> vm.diffProperty().get().right().lineCount()
                == optimized.text().split("\n", -1).length - 1));
        assertLevelAtEnd("lines typed at the end of the optimized side", optimized);
    }

    /** Opens {@code text} as a Dockerfile in a Python project and optimizes it. */
    private void open(String text) throws Exception {
        wb = launchPythonProject(text);
        runOptimizer();
        vm = wb.optimizeWiring().viewModel();
        optimized = wb.optimizeWiring().view().optimizedEditor();
        original = wb.optimizeWiring().view().originalEditor();
        await("the multi-stage text in the diff", () -> onFx(optimized::text).contains("AS builder"));
        await("fillers on the original side", () -> onFx(() -> !original.area().lookupAll(".diff-filler").isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertLevelAtEnd(String how, EditorView lead) throws Exception {
        CodeArea area = lead.area();
        try {
            await(how + ": the lead at its end", () -> onFx(() -> atEnd(area)));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " " + onFx(() -> state(original.area()) + " " + state(optimized.area())
                    + " caret " + area.getCurrentParagraph()), e);
        }
        try {
            await(how + ": both sides level", 5, () -> onFx(this::misalignment).isEmpty()); // the follower's passes settle
        } catch (AssertionError e) {
            assertEquals("", onFx(this::misalignment), how);
        }
    }

    /**
     * One notch of the mouse wheel over a line of {@code side} (a negative {@code deltaY} scrolls down), as a
     * {@link ScrollEvent} on its text (the headless robot's wheel does not scroll it).
     */
    private void wheel(EditorView side, double deltaY) {
        robot.interact(() -> {
            Node line = side.area().lookup(".paragraph-box");
            Bounds b = line.localToScreen(line.getLayoutBounds());
            Event.fireEvent(line, new ScrollEvent(ScrollEvent.SCROLL, 5, 5, b.getMinX() + 5, b.getMinY() + 5, false, false, false,
                    false, false, false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
    }

    private static boolean atEnd(CodeArea area) {
        return area.getEstimatedScrollY() > 1000 && area.lastVisibleParToAllParIndex() == area.getParagraphs().size() - 1;
    }

    /** Empty when level; otherwise what is off. */
    private String misalignment() {
        DiffRows d = vm.diffProperty().get();
        List<String> off = new ArrayList<>();
        double leftTop = topRow(original.area(), d, true), rightTop = topRow(optimized.area(), d, false);
        if (Double.isNaN(leftTop) || Double.isNaN(rightTop)) off.add("a side shows too few lines to tell its top row");
        else if (Math.abs(leftTop - rightTop) > 0.1) off.add(String.format("top rows differ: original %.2f, optimized %.2f", leftTop, rightTop));
        int compared = 0;
        for (DiffRows.Row r : d.rows()) {
            if (r.left() <= 1 || r.right() <= 1) continue; // both lines there (the first may have fillers above)
            OptionalDouble ly = top(original.area(), r.left() - 1), oy = top(optimized.area(), r.right() - 1);
            if (ly.isEmpty() || oy.isEmpty()) continue;
            if (Math.abs(ly.getAsDouble() - oy.getAsDouble()) > 1.5 && off.size() < 6) {
                off.add(String.format("row %s at y %.1f vs %.1f", r, ly.getAsDouble(), oy.getAsDouble()));
            }
            compared++;
        }
        if (compared == 0) off.add("no line on both sides to compare");
        return off.isEmpty() ? "" : off + " " + state(original.area()) + " / " + state(optimized.area());
    }

    /**
     * The screen Y of paragraph {@code p}'s top if it is visible and not the first visible one (the area's paragraph
     * bounds are cut off at the viewport's top edge).
     */
    private static OptionalDouble top(CodeArea area, int p) {
        return area.allParToVisibleParIndex(p).filter(i -> i > 0)
                .map(i -> OptionalDouble.of(area.getVisibleParagraphBoundsOnScreen(i).getMinY())).orElse(OptionalDouble.empty());
    }

    /** The diff row (with its fraction) at the top edge of {@code area}'s viewport, from its second visible paragraph. */
    private static double topRow(CodeArea area, DiffRows d, boolean left) {
        if (area.getVisibleParagraphs().size() < 3) return Double.NaN;
        int p = area.visibleParToAllParIndex(1);
        int line = p + 1, start = d.rows().size(); // past the last line: the empty paragraph after a final newline
        for (int i = 0; i < d.rows().size(); i++) if ((left ? d.rows().get(i).left() : d.rows().get(i).right()) == line) start = i;
        return start - (top(area, p).orElseThrow() - area.localToScreen(0, 0).getY()) / rowHeight(area);
    }

    /** The height of one row: the median step between visible paragraphs (the bounds' heights include glyph overhang). */
    private static double rowHeight(CodeArea area) {
        List<Double> steps = new ArrayList<>();
        for (int i = 2; i < area.getVisibleParagraphs().size(); i++) {
            steps.add(area.getVisibleParagraphBoundsOnScreen(i).getMinY() - area.getVisibleParagraphBoundsOnScreen(i - 1).getMinY());
        }
        return steps.stream().sorted().toList().get(steps.size() / 2);
    }

    private static String state(CodeArea a) {
        StringBuilder hs = new StringBuilder();
        for (int i = 0; i < a.getVisibleParagraphs().size(); i++) {
            Bounds b = a.getVisibleParagraphBoundsOnScreen(i);
            hs.append(String.format(" %.1f+%.1f", b.getMinY() - a.localToScreen(0, 0).getY(), b.getHeight()));
        }
        int n = a.getParagraphs().size();
        return String.format("[%s: scrollY %.1f of %.1f, viewport %.1f, paragraphs %d..%d of %d:%s; last styles %s %s %s]", a.getId(),
                a.getEstimatedScrollY(), a.getTotalHeightEstimate(), a.getHeight(), a.firstVisibleParToAllParIndex(),
                a.lastVisibleParToAllParIndex(), n, hs, a.getParagraph(n - 3).getParagraphStyle(),
                a.getParagraph(n - 2).getParagraphStyle(), a.getParagraph(n - 1).getParagraphStyle());
    }

    private static Node thumb(EditorView side) {
        return onFx(() -> side.node().lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
                .filter(b -> b.getOrientation() == Orientation.VERTICAL).findFirst().orElseThrow().lookup(".thumb"));
    }
}
