package io.dockwright.dockerfile;

import io.dockwright.Requirements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every line of BuildKit's {@code shell/envVarTest} and {@code shell/wordsTest}, read in place from
 * {@code ../shared/conformance/buildkit-shell} (see its README for the rules).
 */
class ShellConformanceTest {
    private static final Path DIR = Path.of("..", "shared", "conformance", "buildkit-shell");

    private static List<String> lines(String file) throws IOException {
        Path path = DIR.resolve(file);
        Requirements.require(Files.isRegularFile(path),
                "BuildKit shell conformance data not found at " + path.toAbsolutePath()
                        + " (../shared is only present in the project workspace and CI); skipped");
        return Files.readAllLines(path, StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> envVarTest() throws IOException {
        Map<String, String> env = Map.of("PWD", "/home", "SHELL", "bash", "KOREAN", "한국어", "NULL", "");
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = lines("envVarTest");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] parts = line.split("\\|", -1);
            assertEquals(3, parts.length, "line " + (i + 1) + ": " + line);
            String platform = parts[0].trim();
            if (platform.equals("W")) continue; // Windows-only expectations
            assertTrue(platform.equals("A") || platform.equals("U"), "platform of line " + (i + 1));
            String source = parts[1].trim();
            String expected = parts[2].trim();
            tests.add(DynamicTest.dynamicTest("envVarTest:" + (i + 1) + " " + source, () -> {
                if (expected.equals("error")) {
                    assertThrows(ExpansionException.class, () -> ShellWords.expand(source, env::get, '\\'));
                } else {
                    assertEquals(expected, ShellWords.expand(source, env::get, '\\'));
                }
            }));
        }
        assertTrue(tests.size() > 200, "expected the whole envVarTest corpus, got " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> wordsTest() throws IOException {
        Map<String, String> env = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = lines("wordsTest");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("ENV ")) {
                String kv = line.substring(3).stripLeading();
                int eq = kv.indexOf('=');
                env.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
                continue;
            }
            String[] parts = line.split("\\|", -1);
            assertEquals(2, parts.length, "line " + (i + 1) + ": " + line);
            String source = parts[0].trim();
            String expectedText = parts[1].replaceFirst("^ +", "");
            Map<String, String> snapshot = Map.copyOf(env);
            tests.add(DynamicTest.dynamicTest("wordsTest:" + (i + 1) + " " + source, () -> {
                if (expectedText.equals("error")) {
                    assertThrows(ExpansionException.class, () -> ShellWords.words(source, snapshot::get, '\\'));
                } else {
                    assertEquals(Arrays.asList(expectedText.split(",", -1)), ShellWords.words(source, snapshot::get, '\\'));
                }
            }));
        }
        assertTrue(tests.size() > 20, "expected the whole wordsTest corpus, got " + tests.size());
        return tests.stream();
    }
}
