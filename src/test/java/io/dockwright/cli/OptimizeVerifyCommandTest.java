package io.dockwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.EngineFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code optimize --verify} on the real engine with the C example: both variants built and the rewrite verified
 * (exit 0, written); a probe that tells them apart (the compiler is only in the original) is exit 4 and nothing is
 * written unless --write-unverified; without --verify the output says unverified; no engine is exit 5.
 */
class OptimizeVerifyCommandTest {
    @TempDir
    Path dir;

    @Test
    void withoutVerifyTheRewriteIsMarkedUnverifiedAndWithoutAnEngineItIsNotChecked() {
        Path example = EngineFixture.example("c-make");
        CliRun plain = CliRun.of("optimize", example.resolve("Dockerfile").toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.err().contains("unverified: the rewrite was not built or run"), plain.err());

        String sock = "unix://" + dir.resolve("no-engine.sock");
        CliRun none = CliRun.of("optimize", example.resolve("Dockerfile").toString(), "--verify", "--engine", sock,
                "-o", dir.resolve("none").toString());
        assertEquals(OptimizeCommand.NOT_CHECKED, none.exit(), none.err());
        assertTrue(none.err().contains("not verified: no Docker engine answered"), none.err());
        assertTrue(none.err().contains("not written"), none.err());
        assertFalse(Files.exists(dir.resolve("none")));
    }

    @Test
    void verifiesTheCExampleAndRefusesToWriteARewriteAProbeTellsApart() throws Exception {
        try (EngineFixture engine = EngineFixture.connectOrSkip(1)) {
            engine.assumeImages("gcc:12", "debian:bookworm-slim");
            Path example = EngineFixture.example("c-make");
            String prefix = engine.prefix + "-optimize";
            Path out = dir.resolve("Dockerfile.optimized");
            try {
                CliRun ok = CliRun.of("optimize", example.resolve("Dockerfile").toString(), "--context", example.toString(),
                        "--verify", "--network", "host", "--tag-prefix", prefix, "-o", out.toString());
                assertEquals(0, ok.exit(), ok.err());
                assertTrue(ok.err().contains("verification: EQUIVALENT"), ok.err());
                assertTrue(ok.err().contains("Files the runtime can reach"), ok.err());
                assertTrue(ok.err().contains("verified: the rewrite's image did the same in every check above"), ok.err());
                assertTrue(Files.readString(out).contains("COPY --from="), Files.readString(out));

                Path refused = dir.resolve("refused");
                CliRun differs = CliRun.of("optimize", example.resolve("Dockerfile").toString(), "--context", example.toString(),
                        "--network", "host", "--tag-prefix", prefix, "--probe-cmd", "command -v gcc", "-o", refused.toString());
                assertEquals(OptimizeCommand.DIFFERS, differs.exit(), differs.err());
                assertTrue(differs.err().contains("verification: DIFFERS"), differs.err());
                assertTrue(differs.err().contains("Probe command 1"), differs.err());
                assertTrue(differs.err().contains("the rewrite differs from the original"), differs.err());
                assertTrue(differs.err().contains("not written (--write-unverified writes it anyway)"), differs.err());
                assertFalse(Files.exists(refused));

                CliRun anyway = CliRun.of("optimize", example.resolve("Dockerfile").toString(), "--context", example.toString(),
                        "--network", "host", "--tag-prefix", prefix, "--probe-cmd", "command -v gcc", "--write-unverified",
                        "-o", refused.toString());
                assertEquals(OptimizeCommand.DIFFERS, anyway.exit(), anyway.err());
                assertTrue(Files.exists(refused), anyway.err());
            } finally {
                engine.removeTags(prefix + ":original", prefix + ":optimized");
            }
        }
    }
}
