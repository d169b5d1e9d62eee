package io.dockwright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class FindModelTest {
    private final FindModel find = new FindModel();
    private static final String TEXT = "FROM a\nRUN make\nrun MAKE install\n";

    @Test
    void nextAndPreviousWrapAround() {
        assertEquals(new FindModel.Match(7, 10), find.next(TEXT, "run", 0, false));
        assertEquals(new FindModel.Match(16, 19), find.next(TEXT, "run", 8, false));
        assertEquals(new FindModel.Match(7, 10), find.next(TEXT, "run", 20, false));
        assertEquals(new FindModel.Match(16, 19), find.previous(TEXT, "run", 0, false));
        assertEquals(new FindModel.Match(16, 19), find.next(TEXT, "run", 8, true));
        assertFalse(find.next(TEXT, "absent", 0, false).found());
    }

    @Test
    void countAndReplaceAllAreLiteral() {
        assertEquals(2, find.count(TEXT, "make", false));
        assertEquals(1, find.count(TEXT, "make", true));
        assertEquals("FROM a\nRUN $1\nrun $1 install\n", find.replaceAll(TEXT, "make", "$1", false));
        assertEquals(0, find.count("a.b", "a*", false));
    }
}
