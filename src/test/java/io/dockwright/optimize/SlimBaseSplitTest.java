package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Keyword;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slim and alpine bases that install build tools: builder and runtime on the same image, the tools left behind (#15). */
class SlimBaseSplitTest {
    @TempDir
    Path dir;

    @Test
    void pythonSlimWithBuildEssentialSplitsOntoTheSameSlimImage() {
        String text = "FROM python:3.11-slim\n"
                + "RUN apt-get update && apt-get install -y build-essential libyaml-dev libpq-dev curl && rm -rf /var/lib/apt/lists/*\n"
                + "WORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n"
                + "CMD [\"python\", \"app.py\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("requirements.txt", "pyyaml\n")).wellFormed()
                .split("python:3.11-slim").copies("/opt/venv", "/app").idempotent();
        String runtimeInstall = String.join("\n", o.runtimeText(Keyword.RUN));
        assertTrue(runtimeInstall.contains("libyaml-0-2"), "libyaml-dev's runtime library from Debian's metadata: " + runtimeInstall);
        assertTrue(runtimeInstall.contains("libpq5"), runtimeInstall);
        assertTrue(runtimeInstall.contains("curl"), "a package that is not build-only stays: " + runtimeInstall);
        assertFalse(runtimeInstall.contains("build-essential") || runtimeInstall.contains("-dev"), runtimeInstall);
        Change base = o.change("runtime-base");
        assertTrue(base.title().contains("python:3.11-slim again"), base.title());
        assertTrue(base.reason().contains("already a runtime image") && base.reason().contains("build-essential"), base.reason());
        assertTrue(o.result.text().startsWith("FROM python:3.11-slim AS builder\n"), o.result.text());
    }

    @Test
    void slimWithoutBuildToolsIsStillDeclinedWithTheDocumentedReason() {
        String text = "FROM python:3.11-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n"
                + "CMD [\"python\", \"app.py\"]\n";
        OptimizationResult r = Optimized.project(dir, text, Map.of("requirements.txt", "six\n")).result;
        assertTrue(r.changes().stream().noneMatch(c -> c.id().equals("multi-stage")), r.text());
        String why = String.join(" ", r.warnings());
        assertTrue(why.contains("is already a runtime image"), why);
        assertTrue(why.contains("installs no compilers, -dev packages or dev dependencies"), why);
    }

    @Test
    void nodeSlimWithDevDependenciesAndABuildSplitsAndPrunes() {
        String text = "FROM node:18-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n"
                + "RUN npm run build\nCMD [\"node\", \"dist/index.js\"]\n";
        String pkg = "{\"name\":\"x\",\"version\":\"1.0.0\",\"scripts\":{\"build\":\"tsc\"},"
                + "\"dependencies\":{\"ms\":\"2.1.3\"},\"devDependencies\":{\"typescript\":\"5.4.5\"}}";
        Optimized o = Optimized.project(dir, text, Map.of("package.json", pkg, "package-lock.json", "{}")).wellFormed()
                .split("node:18-slim").copies("/app/package.json", "/app/node_modules", "/app/dist").idempotent();
        assertTrue(o.result.text().contains("RUN npm prune --omit=dev"), o.result.text());
        assertTrue(o.change("runtime-base").reason().contains("typescript"), o.change("runtime-base").reason());
    }

    @Test
    void nodeSlimInstallingProductionDependenciesOnlyHasNothingToLeaveBehind() {
        String text = "FROM node:18-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD [\"node\", \"index.js\"]\n";
        String pkg = "{\"name\":\"x\",\"dependencies\":{\"ms\":\"2.1.3\"},\"devDependencies\":{\"jest\":\"29\"}}";
        OptimizationResult r = Optimized.project(dir, text, Map.of("package.json", pkg, "package-lock.json", "{}")).result;
        assertTrue(r.changes().stream().noneMatch(c -> c.id().equals("multi-stage")), r.text());
        String why = r.changed() ? String.join(" ", r.warnings()) : r.unchangedReason();
        assertTrue(why.contains("is already a runtime image"), why);
    }

    @Test
    void alpineVirtualBuildDepsStayInTheBuilderAndOtherPackagesInTheRuntime() {
        String text = "FROM python:3.12-alpine\nWORKDIR /app\nCOPY . .\n"
                + "RUN apk add --no-cache libpq && apk add --no-cache --virtual .build-deps gcc musl-dev postgresql-dev \\\n"
                + " && pip install --no-cache-dir -r requirements.txt && apk del .build-deps\n"
                + "CMD [\"python\", \"app.py\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("requirements.txt", "psycopg2\n")).wellFormed()
                .split("python:3.12-alpine").copies("/opt/venv", "/app").idempotent();
        List<String> runs = o.runtimeText(Keyword.RUN);
        assertEquals(List.of("RUN apk add --no-cache libpq"), runs.stream().filter(r -> r.contains("apk")).toList(), o.result.text());
        assertTrue(o.change("runtime-packages").reason().contains("gcc musl-dev postgresql-dev"), o.change("runtime-packages").reason());
    }

    @Test
    void alpineGroupNamedWithShortFlagCountsAsBuildOnly() {
        String text = "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n"
                + "RUN apk add -t build python3 make g++ && npm ci && apk del build\nCMD [\"node\", \"server.js\"]\n";
        String pkg = "{\"name\":\"x\",\"dependencies\":{\"bcrypt\":\"5\"}}";
        Optimized o = Optimized.project(dir, text, Map.of("package.json", pkg, "package-lock.json", "{}")).wellFormed()
                .split("node:20-alpine").idempotent();
        assertTrue(o.runtimeText(Keyword.RUN).stream().noneMatch(r -> r.contains("python3")), o.result.text());
        assertTrue(o.change("runtime-base").reason().contains("python3 make g++"), o.change("runtime-base").reason());
    }
}
