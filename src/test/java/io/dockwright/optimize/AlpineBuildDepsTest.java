package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Keyword;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slim and alpine bases that install build tools (#15), beyond SlimBasesTest: Alpine's {@code apk add --virtual} groups are
 * build-only, and an install of production dependencies alone leaves nothing behind.
 */
class AlpineBuildDepsTest {
    @TempDir
    Path dir;

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
