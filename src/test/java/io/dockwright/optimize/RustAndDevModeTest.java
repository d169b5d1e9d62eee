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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rust builds (cache layer, distroless/cc, {@code cargo run} turned into the binary) and dev-mode CMDs (#15). */
class RustAndDevModeTest {
    private static final String TOML = "[package]\nname = \"ledger-cli\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n"
            + "[dependencies]\nledger-core = { path = \"crates/ledger-core\" }\n";
    @TempDir
    Path dir;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve("crates/ledger-core/src"));
        Files.writeString(dir.resolve("src/main.rs"), "fn main() { println!(\"hi\"); }\n");
    }

    private String said(OptimizationResult r) {
        return (r.unchangedReason() == null ? "" : r.unchangedReason()) + " " + String.join(" ", r.warnings());
    }

    @Test
    void releaseBuildGetsADependencyLayerAndRunsOnDistrolessCc() {
        String text = "FROM rust:1.75\nWORKDIR /usr/src/app\nCOPY . .\nRUN cargo build --release --locked\n"
                + "CMD [\"./target/release/ledger-cli\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("Cargo.toml", TOML, "Cargo.lock", "version = 3\n")).wellFormed()
                .split("gcr.io/distroless/cc-debian12").copies("/usr/src/app/target/release/ledger-cli").idempotent();
        String out = o.result.text();
        String layer = "COPY Cargo.toml Cargo.lock ./\nCOPY crates/ledger-core crates/ledger-core\n"
                + "RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked \\\n"
                + "    && rm -rf src /usr/src/app/target/release/.fingerprint/ledger-cli-* /usr/src/app/target/release/deps/ledger_cli-*"
                + " /usr/src/app/target/release/deps/libledger_cli-* /usr/src/app/target/release/ledger-cli\nCOPY . .\n";
        assertTrue(out.contains(layer), out);
        assertTrue(o.hasChange("cargo-cache"));
        assertTrue(o.change("runtime-base").reason().contains("distroless/cc"), o.change("runtime-base").reason());
    }

    @Test
    void theCacheLayerIsRejectableAndExplainedWhenTheLayoutIsNotTheDefault() throws IOException {
        String text = "FROM rust:1.75\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\nCMD [\"./target/release/ledger-cli\"]\n";
        Optimized rejected = Optimized.of(text, dir, OptimizerOptions.defaults().withRejected(java.util.Set.of("cargo-cache")));
        Files.writeString(dir.resolve("Cargo.toml"), TOML);
        rejected = Optimized.of(text, dir, OptimizerOptions.defaults().withRejected(java.util.Set.of("cargo-cache"))).wellFormed();
        assertFalse(rejected.result.text().contains("fn main() {}"), rejected.result.text());
        Files.writeString(dir.resolve("build.rs"), "fn main() {}\n");
        Optimized withScript = Optimized.of(text, dir, OptimizerOptions.defaults()).wellFormed().split("gcr.io/distroless/cc-debian12");
        assertTrue(said(withScript.result).contains("No dependency-cache layer for cargo: the package has a build script."), said(withScript.result));
    }

    @Test
    void cargoRunBecomesTheBuiltProgramWithItsArguments() {
        String text = "FROM rust:1\nWORKDIR /srv\nCOPY . .\nCMD [\"cargo\", \"run\", \"--release\", \"--\", \"--summary\", \"journal.txt\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("Cargo.toml", TOML)).wellFormed()
                .split("gcr.io/distroless/cc-debian12").copies("/srv/target/release/ledger-cli").idempotent();
        assertEquals(List.of("CMD [\"/srv/target/release/ledger-cli\", \"--summary\", \"journal.txt\"]"), o.runtimeText(Keyword.CMD));
        assertTrue(o.builder().stream().anyMatch(i -> o.result.text().substring(i.span().start(), i.span().end())
                .equals("RUN cargo build --release")), o.result.text());
        assertTrue(o.change("multi-stage").reason().contains("becomes the program itself"), o.change("multi-stage").reason());
        assertTrue(o.fate(4).startsWith("replaced in the runtime stage by the built program"), o.fate(4));
    }

    @Test
    void cargoRunAfterAReleaseBuildReusesItAndTheDebugProfileIsKept() {
        String built = "FROM rust:1\nWORKDIR /srv\nCOPY . .\nRUN cargo build --release\nCMD cargo run --release\n";
        Optimized o = Optimized.project(dir, built, Map.of("Cargo.toml", TOML)).wellFormed().split("gcr.io/distroless/cc-debian12");
        assertEquals(2, o.result.text().split("RUN cargo build", -1).length, "the file's own build only, no second one\n" + o.result.text());
        assertTrue(o.hasChange("cargo-cache"), o.result.text());
        String debug = "FROM rust:1\nWORKDIR /srv\nCOPY . .\nCMD [\"cargo\", \"run\"]\n";
        Optimized d = Optimized.of(debug, dir, OptimizerOptions.defaults()).wellFormed().copies("/srv/target/debug/ledger-cli");
        assertTrue(said(d.result).contains("debug profile"), said(d.result));
    }

    @Test
    void cargoRunOptionsTheRecipeCannotFollowAreDeclined() {
        String text = "FROM rust:1\nWORKDIR /srv\nCOPY . .\nCMD [\"cargo\", \"run\", \"--example\", \"demo\"]\n";
        OptimizationResult r = Optimized.project(dir, text, Map.of("Cargo.toml", TOML)).wellFormed().result;
        assertFalse(r.changes().stream().anyMatch(c -> c.id().equals("multi-stage")), r.text());
        assertTrue(said(r).contains("a development-mode command whose option --example"), said(r));
    }

    @Test
    void watchersAndCompileAtStartCommandsAreDeclinedWithTheReason() {
        String nodemon = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"npx\", \"nodemon\", \"src/index.js\"]\n";
        assertDeclined(nodemon, Map.of("package.json", "{\"devDependencies\":{\"nodemon\":\"3\"}}", "package-lock.json", "{}"), "npx nodemon src/index.js");
        String script = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"npm\", \"run\", \"dev\"]\n";
        assertDeclined(script, Map.of("package.json", "{\"scripts\":{\"dev\":\"ts-node-dev --respawn src/main.ts\"},"
                + "\"devDependencies\":{\"ts-node-dev\":\"2\"}}", "package-lock.json", "{}"), "ts-node-dev --respawn src/main.ts");
        assertDeclined("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build ./...\nCMD [\"gin\", \"run\", \"main.go\"]\n", Map.of(), "gin run main.go");
        assertDeclined("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download\nCMD go run .\n", Map.of(), "go run .");
        assertDeclined("FROM rust:1\nWORKDIR /s\nCOPY . .\nRUN cargo build\nCMD [\"cargo\", \"watch\", \"-x\", \"run\"]\n",
                Map.of("Cargo.toml", TOML), "cargo watch -x run");
        assertDeclined("FROM maven:3.9-eclipse-temurin-17\nWORKDIR /a\nCOPY . .\nRUN mvn -q package\nCMD [\"mvn\", \"spring-boot:run\"]\n",
                Map.of(), "mvn spring-boot:run");
    }

    @Test
    void aWatcherThatIsAProductionDependencyOrAPythonDevServerOnlyWarns() {
        String nodemon = "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"nodemon\", \"index.js\"]\n";
        Optimized o = Optimized.project(dir, nodemon, Map.of("package.json", "{\"dependencies\":{\"nodemon\":\"3\"}}", "package-lock.json", "{}"))
                .wellFormed().split("node:20-slim");
        assertTrue(said(o.result).contains("a development server (nodemon"), said(o.result));
        String flask = "FROM python:3.11\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD [\"flask\", \"run\", \"--host=0.0.0.0\"]\n";
        Optimized f = Optimized.project(dir, flask, Map.of("requirements.txt", "flask\n")).wellFormed().split("python:3.11-slim");
        assertTrue(said(f.result).contains("Flask's development server"), said(f.result));
    }

    private void assertDeclined(String text, Map<String, String> files, String command) {
        OptimizationResult r = Optimized.project(dir, text, files).wellFormed().result;
        assertFalse(r.changes().stream().anyMatch(c -> c.id().equals("multi-stage")), r.text());
        assertTrue(said(r).contains("the CMD runs `" + command + "`, a development-mode command"), said(r));
    }
}
