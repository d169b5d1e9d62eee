package io.dockwright.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.dockerfile.Keyword;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The declines #14 lists: slim bases that carry build tools or dev dependencies split onto the same slim image; a
 * stdlib-only Python app on a full image moves to the slim one; the maven families without a runtime rule before.
 */
class SlimBasesTest {
    private static final String TSC_PACKAGE = "{\"scripts\":{\"build\":\"tsc\"},\"devDependencies\":{\"typescript\":\"5.4.5\"}}";
    @TempDir
    java.nio.file.Path dir;

    @Test
    void nodeSlimWithBuildToolsSplitsOntoTheSameSlimImage() {
        String text = "FROM node:18-slim\nRUN apt-get update && apt-get install -y g++ make python3 && rm -rf /var/lib/apt/lists/*\n"
                + "WORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nCMD [\"node\", \"dist/main.js\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("package.json", TSC_PACKAGE, "package-lock.json", "{}"))
                .wellFormed().split("node:18-slim").copies("/app/package.json", "/app/node_modules", "/app/dist").idempotent();
        String out = o.result.text();
        assertTrue(out.contains("RUN npm prune --omit=dev\n"), out);
        List<String> runs = o.runtimeText(Keyword.RUN);
        assertEquals(1, runs.size(), runs.toString());
        assertTrue(runs.get(0).contains("install -y --no-install-recommends python3 "), "python3 is no build-only package: " + runs);
        assertFalse(runs.get(0).contains("g++") || runs.get(0).contains("make"), "the compilers stay in the builder: " + runs);
        Change base = o.change("runtime-base");
        assertEquals("Runtime stage on a fresh node:18-slim", base.title());
        assertTrue(base.reason().contains("already a runtime image") && base.reason().contains("build-only packages (g++ make)")
                && base.reason().contains("the dev dependencies package.json lists"), base.reason());
    }

    @Test
    void slimBaseWithNothingToLeaveBehindIsDeclinedWithTheReason() {
        String text = "FROM node:18-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\n"
                + "CMD [\"node\", \"index.js\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("package.json", TSC_PACKAGE, "package-lock.json", "{}"));
        assertEquals(1, o.graph.stages().size(), o.result.text());
        String said = said(o);
        assertTrue(said.contains("already a runtime image") && said.contains("no build-only packages or dev dependencies"), said);
    }

    @Test
    void pythonSlimWithCompilersGetsAVenvOnTheSameSlimImage() {
        String text = "FROM python:3.11-slim\nRUN apt-get update && apt-get install -y build-essential libpq-dev\n"
                + "WORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("requirements.txt", "psycopg2==2.9.9\n", "app.py", "import psycopg2\n"))
                .wellFormed().split("python:3.11-slim").idempotent();
        String runtime = String.join("\n", o.runtimeText(Keyword.RUN));
        assertTrue(runtime.contains("libpq5") && !runtime.contains("build-essential") && !runtime.contains("libpq-dev"), runtime);
        assertTrue(o.result.text().contains("COPY --from=builder /opt/venv /opt/venv"), o.result.text());
    }

    @Test
    void slimBaseFromABuildArgumentKeepsTheArgumentInTheRuntimeStage() {
        String text = "ARG IMAGE=node:18-slim\nFROM ${IMAGE}\nRUN apt-get update && apt-get install -y g++ make\nWORKDIR /app\n"
                + "COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nCMD [\"node\", \"dist/main.js\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("package.json", TSC_PACKAGE, "package-lock.json", "{}")).wellFormed();
        assertEquals(2, o.graph.stages().size(), o.result.text());
        assertTrue(o.result.text().contains("\nFROM ${IMAGE}\n"), "the runtime stage starts from the same argument\n" + o.result.text());
        assertTrue(o.result.changes().stream().noneMatch(c -> c.id().equals("runtime-base-arg")), o.result.changes().toString());
    }

    @Test
    void stdlibOnlyPythonAppMovesToTheSlimImage() {
        String text = "FROM python:3\nWORKDIR /app\nCOPY . .\nRUN mkdir -p /app/data\nCMD [\"python\", \"main.py\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("main.py", "import json, os.path\nfrom http import server\nimport util\n",
                "util.py", "from collections import Counter\nfrom . import main\n")).wellFormed().idempotent();
        assertEquals("FROM python:3-slim\nWORKDIR /app\nCOPY . .\nRUN mkdir -p /app/data\nCMD [\"python\", \"main.py\"]\n", o.result.text());
        Change swap = o.change("slim-base");
        assertEquals("Base python:3 swapped for python:3-slim", swap.title());
        assertTrue(swap.reason().contains("2 Python files import only the standard library"), swap.reason());
    }

    @Test
    void pythonSwapDeclinedWhenTheAppNeedsMoreThanTheSlimImageHas() {
        assertSwapDeclined("FROM python:3\nWORKDIR /app\nCOPY . .\nCMD [\"python\", \"main.py\"]\n",
                Map.of("main.py", "import requests\n"), "imports requests (main.py)");
        assertSwapDeclined("FROM python:3\nWORKDIR /app\nCOPY . .\nCMD [\"python\", \"main.py\"]\n",
                Map.of("main.py", "import subprocess\nsubprocess.run(['git', 'log'])\n"), "uses subprocess (main.py)");
        assertSwapDeclined("FROM python:3\nWORKDIR /app\nCOPY . .\nRUN apt-get update && apt-get install -y -q cowsay\nCMD [\"python\", \"main.py\"]\n",
                Map.of("main.py", "print(1)\n"), "line 4 runs apt-get");
        assertSwapDeclined("ARG PY=python:3\nFROM ${PY}\nWORKDIR /app\nCOPY . .\nCMD [\"python\", \"main.py\"]\n",
                Map.of("main.py", "print(1)\n"), "the base is a build argument");
    }

    private void assertSwapDeclined(String text, Map<String, String> files, String because) {
        Optimized o = Optimized.project(dir, text, files);
        assertTrue(o.result.changes().stream().noneMatch(c -> c.id().equals("slim-base")), o.result.text());
        assertTrue(said(o).contains("the base is kept: " ) && said(o).contains(because), said(o));
    }

    /** What the optimizer said about the passes that did not apply: the unchanged reason, or the warnings. */
    private static String said(Optimized o) {
        return (o.result.unchangedReason() == null ? "" : o.result.unchangedReason()) + " " + String.join(" ", o.result.warnings());
    }

    @Test
    void mavenOpenjdkAndLatestSplitWithAJlinkedRuntime() {
        for (String base : List.of("maven:3.8-openjdk-17", "maven:3.8.6-openjdk-18-slim", "maven:latest")) {
            String text = "FROM " + base + "\nWORKDIR /app\nCOPY . .\nRUN mvn -B package\nCMD [\"java\", \"-jar\", \"target/app.jar\"]\n";
            Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("debian:bookworm-slim", 3);
            assertTrue(o.result.text().contains("jlink "), base + "\n" + o.result.text());
        }
    }
}
