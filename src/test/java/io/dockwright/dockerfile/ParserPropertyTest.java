package io.dockwright.dockerfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 100,000 seeded random mutations of real Dockerfiles (BuildKit's cases when ../shared is present, plus built-in
 * samples): the parser never throws, stays lossless and keeps every span in bounds.
 */
class ParserPropertyTest {
    /** Fixed for reproducibility; {@code -Ddockwright.fuzz.seed=N} explores other inputs. */
    private static final long SEED = Long.getLong("dockwright.fuzz.seed", 20261128L);
    private static final int RUNS = 100_000;
    private static final String[] INSERTS = {"\"", "'", "\\", "`", "<<EOF", "<<-'EOF'\n", "EOF\n", "[", "]", "\n",
        "\r", "\r\n", "\\\n", "`\n", "$", "${", "}", "=", " ", "\t", "#", "# escape=`\n", "--from=", "\u0000",
        "ONBUILD ", "RUN ", "\uFEFF", "\u00e9", "\ud83d\ude00", "[\"a\",", "{"};

    static final List<String> SAMPLES = List.of(
            "# syntax=docker/dockerfile:1\n# escape=\\\nFROM python:3.7 AS build\nARG A=1 B\n"
                    + "ENV PATH=/x:$PATH K v\nRUN --mount=type=cache,target=/root/.cache pip install \\\n    -r req.txt\n"
                    + "COPY --from=build --chown=1:1 <<EOF /app/a.txt\nhello\nEOF\nCMD [\"python\", \"app.py\"]\n",
            "\uFEFFFROM alpine\r\nRUN <<-EOT bash\r\n\techo hi\r\n\tEOT\r\nHEALTHCHECK --interval=5s CMD curl -f x\r\n"
                    + "ONBUILD COPY . /src\rLABEL a=\"b c\" d='e'\nUSER nobody\nEXPOSE 80/tcp\n");

    @Test
    void randomMutationsStayLossless() {
        List<byte[]> corpus = corpus();
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            byte[] base = corpus.get(random.nextInt(corpus.size()));
            byte[] input = mutate(base, random);
            Dockerfile file = DockerfileParser.parse(input);
            int r = run;
            assertArrayEquals(input, file.encode(), () -> "encode differs, run " + r);
            assertNull(Invariants.violation(file), () -> "run " + r + ": " + Invariants.violation(file)
                    + "\ninput: " + Arrays.toString(input));
            if (run % 10 == 0) {
                String decoded = new String(input, StandardCharsets.UTF_8);
                int cut = random.nextInt(decoded.length() + 1);
                String text = run % 20 == 0 ? decoded.substring(0, cut) + '\ud800' + decoded.substring(cut) : decoded;
                Dockerfile fromText = DockerfileParser.parse(text);
                assertEquals(text, fromText.print());
                assertNull(Invariants.violation(fromText), () -> "run " + r + " (text): " + Invariants.violation(fromText));
            }
        }
    }

    static byte[] mutate(byte[] base, Random random) {
        byte[] b = base;
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length + 1);
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (at < b.length) {
                        b = b == base ? b.clone() : b;
                        b[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> { if (random.nextInt(4) == 0) b = Arrays.copyOf(b, at); }
                case 2 -> b = splice(b, at, Math.min(b.length, at + 1 + random.nextInt(8)), new byte[0]);
                default -> b = splice(b, at, at, INSERTS[random.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        if (from > b.length) return b;
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    static List<byte[]> corpus() {
        List<byte[]> corpus = new ArrayList<>();
        for (String s : SAMPLES) corpus.add(s.getBytes(StandardCharsets.UTF_8));
        Path root = BuildkitConformanceTest.ROOT;
        if (!Files.isDirectory(root)) return corpus;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("Dockerfile")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                if (b.length <= 4096) corpus.add(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corpus;
    }
}
