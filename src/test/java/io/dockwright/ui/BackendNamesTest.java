package io.dockwright.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dockwright.engine.builds.BackendChoice;
import org.junit.jupiter.api.Test;

class BackendNamesTest {
    @Test
    void everyBackendHasADistinctNameThatReadsBack() {
        for (BackendNames names : new BackendNames[] {BackendNames.brief(), BackendNames.explained()}) {
            for (BackendChoice b : BackendChoice.values()) assertEquals(b, names.fromString(names.toString(b)));
            assertEquals(BackendChoice.values().length,
                    java.util.Arrays.stream(BackendChoice.values()).map(names::toString).distinct().count());
        }
        assertEquals("Auto", BackendNames.brief().toString(BackendChoice.AUTO));
        assertEquals("BuildKit (docker CLI)", BackendNames.explained().toString(BackendChoice.BUILDKIT_CLI));
        assertNull(BackendNames.brief().fromString("AUTO"), "not the enum's name");
    }
}
