package io.dockwright.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.optimize.RuntimeBaseTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuntimeBaseRulesTest {
    private final RuntimeBaseTable bundled = RuntimeBaseTable.bundled();

    @Test
    void additionsComeFirstAndOverridesReplaceInPlace() {
        RuntimeBaseTable t = RuntimeBaseRules.effective(bundled, List.of(
                new BaseRule("golang:*", "scratch", "go"), new BaseRule("myco/python:*", "myco/python:$1-runtime", "python")));
        assertEquals("myco/python:$1-runtime", t.rules().get(0).runtime());
        assertEquals(bundled.rules().size() + 1, t.rules().size());
        assertEquals("scratch", t.lookup("golang:1.21").orElseThrow().runtime());
        assertEquals("myco/python:3.12-runtime", t.lookup("myco/python:3.12").orElseThrow().runtime());
        assertEquals("node:18-slim", t.lookup("node:18").orElseThrow().runtime(), "untouched rules stay");
        assertTrue(t.buildOnly("gcc"), "the package lists are kept");
    }

    @Test
    void blankRuntimeMarksAnImageThatIsAlreadyARuntime() {
        RuntimeBaseTable t = RuntimeBaseRules.effective(bundled, List.of(new BaseRule("python:*", "", "python")));
        assertTrue(t.lookup("python:3.7").orElseThrow().alreadyRuntime());
    }

    @Test
    void rowsAreCheckedWithMessagesNamingTheRow() {
        List<String> problems = RuntimeBaseRules.problems(List.of(
                new BaseRule("node:*", "node:$1-slim", "node"),
                new BaseRule("", "x", ""),
                new BaseRule("Python:*", "python:$1-slim", ""),
                new BaseRule("go:*", "go $1", ""),
                new BaseRule("rust:*", "debian:slim", "cobol"),
                new BaseRule("node:*", "node:lts", "")));
        assertEquals(List.of("Row 2: the image pattern is empty",
                "Row 3: pattern \"Python:*\" is not an image name (invalid reference format: repository name must be lowercase)",
                "Row 4: runtime \"go $1\" is not an image name (invalid reference format)",
                "Row 5: unknown stack \"cobol\" (one of python, node, java, go, rust, native, ruby, php, or empty)",
                "Row 6: pattern \"node:*\" is already used in row 1"), problems);
        assertNull(RuntimeBaseRules.problem(new BaseRule("maven:*-eclipse-temurin-*", "eclipse-temurin:$2-jre", "java")));
    }
}
