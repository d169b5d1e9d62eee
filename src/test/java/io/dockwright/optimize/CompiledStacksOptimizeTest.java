package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Keyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import io.dockwright.optimize.recipes.JavaRecipe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go, Rust, Java and C/C++: the artifact alone goes to the runtime stage. */
class CompiledStacksOptimizeTest {
    @TempDir
    Path dir;

    private static final String MAVEN_APP = """
            FROM maven:3.9-eclipse-temurin-17
            WORKDIR /app
            COPY pom.xml .
            RUN mvn -B dependency:go-offline
            COPY src ./src
            RUN mvn -B package -DskipTests
            EXPOSE 8080
            ENTRYPOINT ["java", "-jar", "target/demo-1.0.jar"]
            """;

    private static Optimized example(String name) throws IOException {
        Path example = Path.of("assets/examples", name);
        return Optimized.of(Files.readString(example.resolve("Dockerfile")), example, OptimizerOptions.defaults());
    }

    @Test
    void goExampleBuildsAStaticBinaryIntoDistroless() throws IOException {
        Optimized o = example("go-app").wellFormed().split("gcr.io/distroless/static-debian12")
                .copies("/usr/local/bin/go-app").idempotent()
                .keeps("# A Go program built and run in the full Go toolchain image.\n", "COPY go.mod ./\nCOPY *.go ./\n", "CMD [\"go-app\"]");
        assertTrue(o.result.text().contains("FROM golang:1.19 AS builder\n# Dockwright: a static binary runs without libc in the runtime stage\nENV CGO_ENABLED=0\n"),
                o.result.text());
        assertTrue(o.result.text().contains("RUN go build -trimpath -ldflags=\"-s -w\" -o /usr/local/bin/go-app .\n"), o.result.text());
        assertEquals(List.of(new LineRange(9, 9)), o.change("go-build-flags").lines());
        assertEquals(List.of("WORKDIR /src"), o.runtimeText(Keyword.WORKDIR));
    }

    @Test
    void goBuildsThatSetLdflagsKeepThemAndGetOnlyTrimpath() {
        String own = "FROM golang:1.21\nWORKDIR /src\nCOPY . .\n"
                + "RUN go build -ldflags \"-X main.version=1.2\" -o /bin/app .\nCMD [\"/bin/app\"]\n";
        Optimized o = Optimized.of(own, null, OptimizerOptions.defaults()).wellFormed().split("gcr.io/distroless/static-debian12");
        assertTrue(o.result.text().contains("RUN go build -trimpath -ldflags \"-X main.version=1.2\" -o /bin/app .\n"), o.result.text());
        assertFalse(o.result.text().contains("-s -w"), o.result.text());
        assertTrue(o.change("go-build-flags").reason().contains("only -trimpath is added"), o.change("go-build-flags").reason());

        String env = "FROM golang:1.21\nWORKDIR /src\nENV GOFLAGS=\"-ldflags=-X=main.v=2\"\nCOPY . .\n"
                + "RUN go build -trimpath -o /bin/app .\nCMD [\"/bin/app\"]\n";
        Optimized g = Optimized.of(env, null, OptimizerOptions.defaults()).wellFormed().split("gcr.io/distroless/static-debian12");
        assertTrue(g.result.text().contains("RUN go build -trimpath -o /bin/app .\n"), "GOFLAGS sets -ldflags: untouched\n" + g.result.text());
        assertTrue(g.result.changes().stream().noneMatch(c -> c.id().equals("go-build-flags")), g.result.changes().toString());
    }

    @Test
    void goShellFormCmdIsWrittenInExecFormForDistroless() {
        String text = "FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go build -o server ./cmd/server\nEXPOSE 8080\nCMD /app/server -port 8080\n";
        Optimized o = Optimized.project(dir, text, Map.of("go.mod", "module example.com/srv\n"))
                .wellFormed().split("gcr.io/distroless/static-debian12").copies("/app/server").idempotent();
        assertEquals(List.of("CMD [\"/app/server\", \"-port\", \"8080\"]"), o.runtimeText(Keyword.CMD));
        assertTrue(o.result.warnings().stream().anyMatch(w -> w.contains("exec form")));
    }

    @Test
    void goWithCgoRunsOnDebianAndGoInstallUsesTheModuleName() {
        String cgo = "FROM golang:1.21\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /bin/app .\nCMD [\"/bin/app\"]\n";
        Optimized c = Optimized.of(cgo, null, OptimizerOptions.defaults()).wellFormed().split("gcr.io/distroless/base-debian12").copies("/bin/app");
        assertFalse(c.result.text().contains("ENV CGO_ENABLED=0"), c.result.text());
        String install = "FROM golang:1.21\nWORKDIR /src\nCOPY . .\nRUN go install .\nCMD [\"hello\"]\n";
        Optimized.project(dir, install, Map.of("go.mod", "module example.com/tools/hello\n\ngo 1.21\n"))
                .wellFormed().split("gcr.io/distroless/static-debian12").copies("/go/bin/hello");
    }

    @Test
    void goCommandThatNeedsAShellMovesToTheShellRuntime() {
        String text = "FROM golang:1.21\nWORKDIR /src\nCOPY . .\nRUN go build -o /bin/app .\nCMD /bin/app > /tmp/log 2>&1\n";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("debian:bookworm-slim");
        assertEquals(List.of("CMD /bin/app > /tmp/log 2>&1"), o.runtimeText(Keyword.CMD));
    }

    @Test
    void rustReleaseBinaryGoesToDistrolessCc() {
        String text = """
                FROM rust:1.75
                WORKDIR /usr/src/myapp
                COPY . .
                RUN cargo build --release
                CMD ["./target/release/myapp"]
                """;
        Optimized.project(dir, text, Map.of("Cargo.toml", "[package]\nname = \"myapp\"\nversion = \"0.1.0\"\n"))
                .wellFormed().split("gcr.io/distroless/cc-debian12").copies("/usr/src/myapp/target/release/myapp").idempotent()
                .keeps("RUN cargo build --release\n");
    }

    @Test
    void mavenJarGetsAJlinkedRuntimeOnSlimDebian() {
        String text = MAVEN_APP;
        Optimized o = Optimized.project(dir, text, Map.of("pom.xml", "<project/>"))
                .wellFormed().split("debian:bookworm-slim", 3).copies("/app/target/demo-1.0.jar").idempotent();
        assertEquals("jre", o.graph.stages().get(1).name());
        assertEquals(Integer.valueOf(0), o.graph.stages().get(1).baseStage(), "the jre stage builds on the builder's JDK");
        String jre = o.result.text().substring(o.result.text().indexOf("FROM builder AS jre"), o.result.text().indexOf("# Dockwright: runtime stage"));
        assertTrue(jre.contains("jdeps --ignore-missing-deps --print-module-deps --multi-release base -q /app/target/demo-1.0.jar"), jre);
        assertTrue(jre.contains("jlink --module-path \"$jdk/jmods\" --add-modules \"$modules\" --strip-java-debug-attributes"), jre);
        assertTrue(jre.contains("|| modules=\"\"") && jre.contains("[ -n \"$modules\" ] || modules=\"java.se,"), "jdeps failing falls back: " + jre);
        assertTrue(jre.contains("--compress=2 --output /opt/java/jlinked"), "JDK 17 takes --compress=2; not into the JDK's own /opt/java/openjdk: " + jre);
        assertEquals(List.of("COPY --from=jre /opt/java/jlinked /opt/java/openjdk"),
                o.runtimeText(Keyword.COPY).stream().filter(c -> c.contains("--from=jre")).toList());
        assertEquals(List.of("ENV JAVA_HOME=/opt/java/openjdk", "ENV PATH=\"/opt/java/openjdk/bin:$PATH\""), o.runtimeText(Keyword.ENV));
        assertEquals(List.of("ENTRYPOINT [\"java\", \"-jar\", \"target/demo-1.0.jar\"]"), o.runtimeText(Keyword.ENTRYPOINT));
        assertTrue(o.hasChange(JavaRecipe.JLINK));
    }

    @Test
    void rejectingJlinkKeepsTheJreImage() throws IOException {
        String text = MAVEN_APP;
        Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Optimized o = Optimized.of(text, dir, OptimizerOptions.defaults().withRejected(java.util.Set.of(JavaRecipe.JLINK)))
                .wellFormed().split("eclipse-temurin:17-jre").copies("/app/target/demo-1.0.jar");
        assertEquals(List.of("ENTRYPOINT [\"java\", \"-jar\", \"target/demo-1.0.jar\"]"), o.runtimeText(Keyword.ENTRYPOINT));
        assertEquals(List.of("EXPOSE 8080"), o.runtimeText(Keyword.EXPOSE));
        assertTrue(o.result.rejected().stream().anyMatch(c -> c.id().equals(JavaRecipe.JLINK)), o.result.rejected().toString());
        assertFalse(o.result.text().contains("jlink"), o.result.text());
    }

    @Test
    void gradleClasspathCopiesTheWholeLibsFolder() {
        String text = "FROM gradle:8.5-jdk21\nWORKDIR /home/app\nCOPY . .\nRUN gradle build --no-daemon\nCMD java -cp 'build/libs/*' demo.Main\n";
        Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("eclipse-temurin:21-jre").copies("/home/app/build/libs");
    }

    @Test
    void mavenExampleCopiesTheJarTheCmdRunsOntoItsJlinkedRuntime() throws IOException {
        Optimized o = example("java-maven").wellFormed().split("debian:bookworm-slim", 3)
                .copies("/app/target/java-maven-1.0.0.jar").idempotent()
                .keeps("COPY pom.xml .\n", "RUN mvn -B -q package\n");
        assertEquals(List.of("CMD [\"java\", \"-jar\", \"target/java-maven-1.0.0.jar\"]"), o.runtimeText(Keyword.CMD));
        assertEquals(List.of("WORKDIR /app"), o.runtimeText(Keyword.WORKDIR));
        assertTrue(o.runtimeText(Keyword.RUN).isEmpty(), "no build step in the runtime");
    }

    @Test
    void makeExampleCopiesTheProgramTheCmdRuns() throws IOException {
        Optimized o = example("c-make").wellFormed().split("debian:bookworm-slim").copies("/src/hello").idempotent()
                .keeps("# A C program built with make, in one fat image with the whole toolchain.\n", "RUN make\n");
        assertEquals(List.of("CMD [\"./hello\"]"), o.runtimeText(Keyword.CMD));
        assertEquals(List.of("WORKDIR /src"), o.runtimeText(Keyword.WORKDIR));
    }

    @Test
    void cmakeInstallCopiesFromUsrLocalBin() {
        String text = """
                FROM gcc:13
                RUN apt-get update && apt-get install -y cmake libssl-dev
                COPY . /build
                RUN cmake -S /build -B /build/out && cmake --build /build/out && cmake --install /build/out
                ENTRYPOINT ["tool"]
                """;
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("debian:bookworm-slim")
                .copies("/usr/local/bin/tool");
        assertEquals(List.of("RUN apt-get update && apt-get install -y --no-install-recommends libssl3 \\\n    && rm -rf /var/lib/apt/lists/*"),
                o.runtimeText(Keyword.RUN), "cmake is build-only; libssl-dev's runtime library (Debian: libssl-dev Depends libssl3 (= ...)) is installed");
        assertFalse(o.result.text().contains("COPY --from=builder /build"), o.result.text());
    }
}
