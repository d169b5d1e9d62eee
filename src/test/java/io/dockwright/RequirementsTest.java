package io.dockwright;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing requirement skips a user's run and fails a strict (CI) one, naming what is missing. */
class RequirementsTest {
    private String saved;

    @BeforeEach
    void save() {
        saved = System.getProperty("dockwright.strict");
    }

    @AfterEach
    void restore() {
        if (saved == null) System.clearProperty("dockwright.strict");
        else System.setProperty("dockwright.strict", saved);
    }

    @Test
    void aPresentRequirementGoesOn() {
        System.setProperty("dockwright.strict", "true");
        assertDoesNotThrow(() -> Requirements.require(true, "nothing"));
    }

    @Test
    void aMissingRequirementSkipsOutsideStrictMode() {
        System.setProperty("dockwright.strict", "false");
        TestAbortedException e = assertThrows(TestAbortedException.class, () -> Requirements.require(false, "the moon"));
        assertTrue(e.getMessage().contains("the moon"), e.getMessage());
    }

    @Test
    void aMissingRequirementFailsInStrictMode() {
        System.setProperty("dockwright.strict", "true");
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> Requirements.require(false, "the moon"));
        assertTrue(e.getMessage().contains("the moon") && e.getMessage().contains("strict"), e.getMessage());
    }
}
