package io.dockwright.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Image reference validation and stage-name suggestions, which the stage graph relies on. */
class ReferenceParsingTest {
    @Test
    void validImageReferences() {
        for (String ref : List.of("alpine", "python:3.7-slim", "docker.io/library/golang:1.22", "localhost:5000/team/app",
                "gcr.io/distroless/static-debian12", "Registry.Example.com/app:v1", "[::1]:5000/x",
                "alpine@sha256:" + "a".repeat(64), "my_app__x/a-b--c.d:TAG_1.0")) {
            assertTrue(ImageReference.isValid(ref), ref);
        }
    }

    @Test
    void invalidImageReferences() {
        assertEquals("invalid reference format: repository name must be lowercase", ImageReference.problem("Alpine"));
        assertEquals("invalid reference format", ImageReference.problem("alpine:"));
        assertEquals("invalid reference format", ImageReference.problem("a b"));
        assertEquals("invalid reference format", ImageReference.problem("-alpine"));
        assertTrue(ImageReference.problem("a".repeat(64)).contains("64-byte hexadecimal"));
        assertTrue(ImageReference.problem("a/".repeat(130) + "a").contains("255 characters"));
        assertFalse(ImageReference.isValid(""));
    }

    @Test
    void typoSuggestions() {
        assertEquals("builder", GraphEdges.nearestName("buidler", Set.of("builder", "runtime")));
        assertNull(GraphEdges.nearestName("nginx", Set.of("builder", "runtime")));
        assertNull(GraphEdges.nearestName("go", Set.of("js")), "short names need a closer match");
    }
}
