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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pip --user for a non-root USER, gem install into GEM_HOME, cgo, ARG-parameterised bases, the package managers'
 * configuration copied with the manifests, and quote-aware pip edits.
 */
class GlobalInstallsAndManifestsTest {
    @TempDir
    Path dir;

    @Test
    void pipUserInstallOfANonRootUserCopiesThatUsersHome() {
        String text = """
                FROM python:3.11
                RUN useradd -m app
                USER app
                WORKDIR /home/app/web
                COPY --chown=app requirements.txt .
                RUN pip install --user -r requirements.txt
                COPY --chown=app . .
                CMD ["python", "serve.py"]
                """;
        Optimized o = Optimized.project(dir, text, Map.of("requirements.txt", "six\n")).wellFormed().split("python:3.11-slim")
                .copies("/home/app/.local", "/home/app/web").idempotent();
        assertEquals("ENV PATH=\"/home/app/.local/bin:$PATH\"", o.runtimeText(Keyword.ENV).get(0));
        assertEquals(List.of("RUN useradd -m app"), o.runtimeText(Keyword.RUN));
        assertTrue(o.result.text().indexOf("RUN useradd -m app", o.result.text().indexOf("runtime stage"))
                < o.result.text().lastIndexOf("USER app"), "the user exists before USER: " + o.result.text());
    }

    @Test
    void pipUserInstallWithoutAKnownHomeIsDeclinedWithTheReason() {
        String text = "FROM python:3.11\nUSER 1000\nWORKDIR /w\nCOPY . .\nRUN pip install --user -r r.txt\nCMD [\"python\", \"a.py\"]\n";
        OptimizationResult r = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().result;
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("whose home directory the Dockerfile does not tell")), r.warnings().toString());
    }

    @Test
    void gemsInGemHomeAreCopiedOntoTheSlimRubyImage() {
        String text = """
                FROM ruby:3.3
                RUN apt-get update && apt-get install -y libpq-dev
                WORKDIR /app
                COPY Gemfile Gemfile.lock ./
                RUN gem install bundler && bundle install
                COPY . .
                CMD ["ruby", "app.rb"]
                """;
        Optimized o = Optimized.project(dir, text, Map.of("Gemfile", "source 'https://rubygems.org'\n", "Gemfile.lock", ""))
                .wellFormed().split("ruby:3.3-slim").copies("/opt/dockwright/runtime-packages", "/usr/local/bundle", "/app").idempotent();
        assertTrue(o.runtimeText(Keyword.RUN).get(0).contains("--no-install-recommends libpq5"), o.runtimeText(Keyword.RUN).toString());
    }

    @Test
    void cgoProgramsKeepCgoAndRunOnAGlibcBase() throws IOException {
        String main = "package main\n\n/*\n#include <stdlib.h>\n*/\nimport \"C\"\nimport \"fmt\"\n\nfunc main() { fmt.Println(C.abs(-4)) }\n";
        String text = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/abs .\nCMD [\"abs\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("go.mod", "module example.com/abs\n", "main.go", main)).wellFormed()
                .split("gcr.io/distroless/base-debian12").copies("/usr/local/bin/abs");
        assertFalse(o.result.text().contains("CGO_ENABLED=0"), o.result.text());
        assertTrue(o.change("multi-stage").reason().contains("import \"C\" in main.go"), o.change("multi-stage").reason());

        Path sqlite = Files.createDirectories(dir.resolve("sqlite"));
        Optimized s = Optimized.project(sqlite, text, Map.of("main.go", "package main\nfunc main() {}\n",
                "go.mod", "module example.com/db\n\nrequire github.com/mattn/go-sqlite3 v1.14.22\n")).wellFormed()
                .split("gcr.io/distroless/base-debian12");
        assertTrue(s.change("multi-stage").reason().contains("github.com/mattn/go-sqlite3"), s.change("multi-stage").reason());

        Path cpp = Files.createDirectories(dir.resolve("cpp"));
        Optimized c = Optimized.project(cpp, text, Map.of("main.go", main, "go.mod", "module example.com/abs\n", "lib.cpp", "int f() { return 1; }\n"))
                .wellFormed().split("gcr.io/distroless/cc-debian12");
        assertTrue(c.result.warnings().stream().anyMatch(w -> w.contains("cc-debian12")), c.result.warnings().toString());
    }

    @Test
    void goInstallNamesTheBinaryAfterThePackagePath() {
        String text = "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go install ./cmd/api\nCMD [\"api\"]\n";
        Optimized.project(dir, text, Map.of("go.mod", "module example.com/shop/v2\n", "main.go", "package main\n")).wellFormed()
                .split("gcr.io/distroless/static-debian12").copies("/go/bin/api");
    }

    @Test
    void anArgBaseStaysAnArgument() {
        String text = "ARG IMAGE=python:3.11\nFROM ${IMAGE}\nWORKDIR /app\nCOPY . .\nRUN pip install -r req.txt\nCMD [\"python\", \"a.py\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("req.txt", "six\n")).wellFormed().split("python:3.11-slim").idempotent();
        String out = o.result.text();
        assertTrue(out.contains("ARG RUNTIME_IMAGE=python:3.11-slim\nFROM ${IMAGE} AS builder"), out);
        assertTrue(out.contains("\nFROM ${RUNTIME_IMAGE}\n"), out);
        assertTrue(o.hasChange("runtime-base-arg"));
        OptimizationResult other = new Optimizer().optimize(text, dir, "Dockerfile",
                OptimizerOptions.defaults().withBuild(null, Map.of("IMAGE", "python:3.12-bookworm")));
        assertTrue(other.text().contains("ARG RUNTIME_IMAGE=python:3.12-slim-bookworm"), other.text());
    }

    @Test
    void anArgBaseWithoutAValueIsDeclinedUnlessABuildArgGivesOne() {
        String text = "ARG IMAGE\nFROM ${IMAGE}\nWORKDIR /app\nCOPY . .\nRUN pip install -r req.txt\nCMD [\"python\", \"a.py\"]\n";
        OptimizationResult r = new Optimizer().optimize(text, null);
        assertFalse(r.changed());
        assertTrue(r.unchangedReason().contains("build argument IMAGE, which has no default and no --build-arg gives one"), r.unchangedReason());
        assertTrue(r.unchangedReason().contains("--build-arg IMAGE=IMAGE"), r.unchangedReason());
        OptimizationResult given = new Optimizer().optimize(text, null, "Dockerfile",
                OptimizerOptions.defaults().withBuild(null, Map.of("IMAGE", "python:3.11")));
        assertTrue(given.text().contains("ARG RUNTIME_IMAGE=python:3.11-slim"), given.unchangedReason() + given.text());
    }

    @Test
    void packageManagerConfigurationAndIncludedRequirementsTravelWithTheManifests() throws IOException {
        Files.createDirectories(dir.resolve("requirements"));
        Files.writeString(dir.resolve("requirements/base.txt"), "six\n");
        Files.writeString(dir.resolve("constraints.txt"), "six==1.16.0\n");
        String text = "FROM python:3.12-slim\nWORKDIR /w\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt -c constraints.txt\nCMD [\"python\", \"a.py\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("requirements.txt", "--index-url https://pypi.org/simple\n-r requirements/base.txt\nflask\n",
                "pip.conf", "[global]\n")).wellFormed();
        assertTrue(o.result.text().contains("COPY requirements.txt constraints.txt pip.conf ./\nCOPY requirements/base.txt ./requirements/\n"
                + "RUN pip install --no-cache-dir -r requirements.txt -c constraints.txt\nCOPY . .\n"), o.result.text());

        Path node = Files.createDirectories(dir.resolve("node"));
        Files.createDirectories(node.resolve(".yarn/releases"));
        Files.writeString(node.resolve(".yarn/releases/yarn-4.1.0.cjs"), "//");
        String yarn = "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN yarn install --immutable\nCMD [\"node\", \"index.js\"]\n";
        Optimized y = Optimized.project(node, yarn, Map.of("package.json", "{}", "yarn.lock", "", ".npmrc", "registry=https://r\n",
                ".yarnrc.yml", "yarnPath: .yarn/releases/yarn-4.1.0.cjs\n")).wellFormed();
        assertTrue(y.result.text().contains("COPY package.json yarn.lock .npmrc .yarnrc.yml ./\nCOPY .yarn/releases/yarn-4.1.0.cjs ./.yarn/releases/\n"
                + "RUN yarn install --immutable\n"), y.result.text());
    }

    @Test
    void anEditableOrLocalRequirementKeepsTheOrder() {
        String text = "FROM python:3.12-slim\nWORKDIR /w\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nCMD [\"python\", \"a.py\"]\n";
        OptimizationResult r = Optimized.project(dir, text, Map.of("requirements.txt", "-e .\n")).result;
        assertFalse(r.changed(), r.text());
    }

    @Test
    void pipNoCacheEditsCommandsNotQuotedText() {
        String text = "FROM python:3.12-slim\nRUN echo \"pip install is next\" && pip install six\n";
        OptimizationResult r = new Optimizer().optimize(text, null, "Dockerfile", OptimizerOptions.defaults().withRejected(Set.of("dockerignore")));
        assertEquals("FROM python:3.12-slim\nRUN echo \"pip install is next\" && pip install --no-cache-dir six\n", r.text());
    }
}
