package io.dockwright.ui.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockwright.ui.optimize.DiffRows.Kind;
import io.dockwright.ui.optimize.DiffRows.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffRowsTest {
    @Test
    void rowsAlignAndEachSideKnowsItsFillers() {
        DiffRows d = DiffRows.of("a\nbee\nc\nd\n", "a\nbee2\nx\ny\nc\n");
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
    void onlySimilarLinesArePairedAsChanged() {
        DiffRows d = DiffRows.of("FROM python:3.7\nRUN pip install -r req.txt\nCMD x\n",
                "FROM python:3.7 AS builder\n# runtime\nFROM python:3.7-slim\nCMD x\n");
        assertEquals(List.of(new Row(Kind.CHANGED, 1, 1), new Row(Kind.REMOVED, 2, 0), new Row(Kind.ADDED, 0, 2),
                new Row(Kind.ADDED, 0, 3), new Row(Kind.EQUAL, 3, 4)), d.rows());
    }

    @Test
    void insertionsBeforeTheFirstLineAreFillersAtTheTop() {
        DiffRows d = DiffRows.of("a\n", "# new\na\n");
        assertEquals(1, d.left().gapAfter(0));
        assertEquals("no differences", DiffRows.of("x\r\ny", "x\ny\n").summary());
    }
}
