package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optimizer refuses a file the engine would refuse before its first step, naming the problem and its place. */
class RefusedInputTest {
    private static final Path EXAMPLES = Path.of("assets/examples");

    @ParameterizedTest
    @ValueSource(strings = {"python-guide", "node-app", "go-app", "c-make", "java-maven", "python-cext"})
    void anInstructionTheEngineRefusesStopsTheRewrite(String example) throws IOException {
        Path dir = EXAMPLES.resolve(example);
        String text = Files.readString(dir.resolve("Dockerfile"));
        assertTrue(new Optimizer().optimize(text, dir, "Dockerfile", OptimizerOptions.defaults()).changed(),
                "the example itself is improved");
        String broken = text + "HEALTHCHECK --interval=abc CMD true\n";
        int line = (int) broken.lines().count();
        OptimizationResult r = new Optimizer().optimize(broken, dir, "Dockerfile", OptimizerOptions.defaults());
        assertFalse(r.changed());
        assertEquals(broken, r.text());
        assertEquals("the Dockerfile does not parse (line " + line + ", column 13: time: invalid duration \"abc\"); fix it first",
                r.unchangedReason());
    }
}
