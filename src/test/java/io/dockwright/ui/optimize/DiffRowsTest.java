package io.dockwright.ui.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockwright.ui.optimize.DiffRows.Kind;
import io.dockwright.ui.optimize.DiffRows.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffRowsTest {
    @Test
    void rowsAlignAndEachSideKnowsItsFillers() {
        DiffRows d = DiffRows.of("a\nb\nc\nd\n", "a\nB\nx\ny\nc\n");
        assertEquals(List.of(new Row(Kind.EQUAL, 1, 1), new Row(Kind.CHANGED, 2, 2), new Row(Kind.ADDED, 0, 3),
                new Row(Kind.ADDED, 0, 4), new Row(Kind.EQUAL, 3, 5), new Row(Kind.REMOVED, 4, 0)), d.rows());
        assertEquals(2, d.left().gapAfter(2), "two fillers after original line 2");
        assertEquals(1, d.right().gapAfter(5), "one filler after the optimized last line");
        assertEquals(Kind.ADDED, d.right().kind(3));
        assertEquals(Kind.REMOVED, d.left().kind(4));
        assertEquals(4, d.left().lineCount());
        assertEquals("2 added · 1 changed · 1 removed", d.summary());
    }

    @Test
    void insertionsBeforeTheFirstLineAreFillersAtTheTop() {
        DiffRows d = DiffRows.of("a\n", "# new\na\n");
        assertEquals(1, d.left().gapAfter(0));
        assertEquals("no differences", DiffRows.of("x\r\ny", "x\ny\n").summary());
    }
}
