package io.dockwright.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Node lookups for the headless window tests, run on the FX thread. TestFX's own {@code lookup} and
 * {@code clickOn(String)} walk the scene graph from the test thread; while the window is still changing
 * (a panel added, a list refilled) that walk can fail with an IndexOutOfBoundsException.
 */
public final class FxQuery {
    private final FxRobot robot;

    public FxQuery(FxRobot robot) {
        this.robot = robot;
    }

    /** Runs the supplier on the FX thread and returns its result. */
    public static <T> T fx(Supplier<T> s) {
        if (javafx.application.Platform.isFxApplicationThread()) return s.get();
        try {
            return WaitForAsyncUtils.asyncFx(s::get).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The first node matching the query; fails when there is none. */
    public <T extends Node> T one(String query) {
        return fx(() -> robot.lookup(query).<T>query());
    }

    /** The first node matching the query that is of the type and passes the test; fails when there is none. */
    public <T extends Node> T one(String query, Class<T> type, Predicate<T> test) {
        return fx(() -> robot.lookup(query).match(type::isInstance).<T>queryAll().stream()
                .filter(test).findFirst().orElseThrow(() -> new AssertionError("no match for " + query)));
    }

    public <T extends Node> Optional<T> find(String query) {
        return fx(() -> robot.lookup(query).<T>tryQuery());
    }

    /** Whether a node matches the query and is visible. */
    public boolean visible(String query) {
        return fx(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    public <T extends Node> List<T> all(String query) {
        return fx(() -> List.copyOf(robot.lookup(query).<T>queryAll()));
    }

    /** The text of the first labeled node matching the query. */
    public String text(String query) {
        return fx(() -> robot.lookup(query).queryLabeled().getText());
    }

    /** Clicks the first visible node matching the query, as {@code clickOn(String)} does. */
    public org.testfx.api.FxRobotInterface click(String query) {
        javafx.geometry.Point2D at = fx(() -> robot.point(robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery()
                .orElseThrow(() -> new AssertionError("no visible node for " + query))).query());
        return robot.clickOn(at);
    }

    /**
     * Whether the label shows less than its text (an ellipsis), as its skin laid it out; call on the FX thread.
     * JavaFX 21 has no {@code isTextTruncated}.
     */
    public static boolean truncated(Labeled l) {
        return l.lookup(".text") instanceof javafx.scene.text.Text shown && !shown.getText().equals(l.getText());
    }

    /** The node's text, read on the FX thread. */
    public static String text(Labeled node) {
        return fx(node::getText);
    }
}
