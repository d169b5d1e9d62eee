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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonOptimizeTest {
    @TempDir
    Path dir;

    @Test
    void guideExampleBecomesVenvBuilderAndSlimRuntime() throws IOException {
        Path example = Path.of("assets/examples/python-guide");
        String text = Files.readString(example.resolve("Dockerfile"));
        Optimized o = Optimized.of(text, example, OptimizerOptions.defaults())
                .wellFormed().split("python:3.7-slim").copies("/opt/venv", "/app").idempotent()
                .keeps("# The single-stage build from the multi-stage guide: everything in one fat image.\n",
                        "ENTRYPOINT [\"python\", \"run.py\"]");
        String out = o.result.text();
        assertTrue(out.indexOf("COPY req.txt ./") < out.indexOf("RUN pip install --no-cache-dir -r req.txt"), out);
        assertTrue(out.indexOf("RUN pip install --no-cache-dir -r req.txt") < out.indexOf("COPY . ."), out);
        assertTrue(out.contains("FROM python:3.7 AS builder\n"), out);
        assertEquals(List.of("ENTRYPOINT [\"python\", \"run.py\"]"), o.runtimeText(Keyword.ENTRYPOINT));
        assertEquals(List.of("WORKDIR /app"), o.runtimeText(Keyword.WORKDIR));
        assertTrue(o.builder().stream().noneMatch(i -> i.keyword() == Keyword.ENTRYPOINT), "entry point moved out of the builder");
        assertEquals("moved to the runtime stage", o.fate(10));
        assertTrue(o.fate(8).contains("moved before the COPY"), o.fate(8));
        assertTrue(o.result.proposedDockerignore() != null || Files.exists(example.resolve(".dockerignore")));
    }

    @Test
    void cExtensionExampleIsCompiledInTheBuilderAndItsVenvCopied() throws IOException {
        Path example = Path.of("assets/examples/python-cext");
        Optimized o = Optimized.of(Files.readString(example.resolve("Dockerfile")), example, OptimizerOptions.defaults())
                .wellFormed().split("python:3.7-slim").copies("/opt/venv", "/app").idempotent()
                .keeps("CMD [\"python\", \"-m\", \"fastsum\"]");
        assertTrue(o.builder().stream().anyMatch(i -> i.keyword() == Keyword.RUN
                && o.result.text().substring(i.span().start(), i.span().end()).equals("RUN pip install --no-cache-dir .")), o.result.text());
        assertTrue(o.runtimeText(Keyword.RUN).isEmpty(), "nothing is compiled in the runtime");
        assertEquals(List.of("ENV PATH=\"/opt/venv/bin:$PATH\""), o.runtimeText(Keyword.ENV));
    }

    @Test
    void compiledExtensionKeepsCompilersInTheBuilderAndRuntimeLibrariesInTheRuntime() {
        String text = """
                FROM python:3.11
                # build deps and a runtime lib
                RUN apt-get update && apt-get install -y gcc libpq-dev curl
                WORKDIR /srv/app
                COPY . .
                RUN pip install .
                ENV APP_MODE=prod PORT=8000
                EXPOSE 8000
                USER nobody
                HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
                CMD ["python", "-m", "app"]
                """;
        Optimized o = Optimized.project(dir, text, Map.of("setup.py", "from setuptools import setup\nsetup(name='app')\n"))
                .wellFormed().split("python:3.11-slim").copies("/opt/venv", "/srv/app").idempotent()
                .keeps("# build deps and a runtime lib\n", "COPY . .\n");
        assertTrue(o.result.text().contains("RUN pip install --no-cache-dir ."), o.result.text());
        List<String> runs = o.runtimeText(Keyword.RUN);
        assertEquals(1, runs.size(), runs.toString());
        assertTrue(runs.get(0).contains("--no-install-recommends libpq5 curl"), runs.get(0));
        assertFalse(runs.get(0).contains("gcc"), runs.get(0));
        assertEquals(List.of("ENV APP_MODE=prod PORT=8000"), o.runtimeText(Keyword.ENV).subList(1, 2));
        assertEquals(List.of("USER nobody"), o.runtimeText(Keyword.USER));
        assertEquals(1, o.runtimeText(Keyword.HEALTHCHECK).size());
        assertEquals(List.of("EXPOSE 8000"), o.runtimeText(Keyword.EXPOSE));
        String builderApt = o.builder().stream().filter(i -> i.keyword() == Keyword.RUN).map(i -> o.result.text().substring(i.span().start(), i.span().end()))
                .filter(t -> t.contains("apt-get")).findFirst().orElseThrow();
        assertTrue(builderApt.contains("apt-get install --no-install-recommends -y gcc libpq-dev curl"), builderApt);
        assertTrue(builderApt.endsWith("&& rm -rf /var/lib/apt/lists/*"), builderApt);
        assertTrue(o.hasChange("runtime-packages"));
        assertTrue(o.hasChange("apt-lists"));
    }

    @Test
    void userInstallCopiesTheUserSitePackagesInsteadOfAVenv() {
        String text = """
                FROM python:3.9
                WORKDIR /code
                COPY requirements.txt .
                RUN pip install --user -r requirements.txt
                COPY . .
                CMD ["python", "main.py"]
                """;
        Optimized o = Optimized.project(dir, text, Map.of("requirements.txt", "flask\n"))
                .wellFormed().split("python:3.9-slim").copies("/root/.local", "/code").idempotent();
        assertFalse(o.result.text().contains("venv"), o.result.text());
        assertEquals(List.of("ENV PATH=\"/root/.local/bin:$PATH\""), o.runtimeText(Keyword.ENV));
    }

    @Test
    void baseWithAVariableKeepsTheVariableInTheRuntimeBase() {
        String text = """
                ARG PY=3.10
                FROM python:${PY}
                WORKDIR /app
                COPY . .
                RUN pip install -r req.txt
                CMD python run.py
                """;
        Optimized o = Optimized.project(dir, text, Map.of("req.txt", "six\n")).wellFormed().split("python:3.10-slim").idempotent()
                .keeps("ARG PY=3.10\n", "CMD python run.py");
        assertTrue(o.result.text().contains("FROM python:${PY}-slim"), o.result.text());
    }

    @Test
    void poetryIsExplainedNotRewritten() {
        String text = "FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install poetry && poetry install\nCMD [\"python\", \"a.py\"]\n";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed();
        assertEquals(1, o.graph.stages().size());
        assertTrue(o.result.warnings().stream().anyMatch(w -> w.contains("poetry")), o.result.warnings().toString());
    }

    @Test
    void heredocInstallNoFinalNewlineAndMultiLineCmdKeepTheirText() {
        String text = "# syntax=docker/dockerfile:1\nFROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN <<EOF\npip install -r req.txt\nEOF\n"
                + "# start it\nCMD python \\\n  app.py";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("python:3.12-slim")
                .copies("/opt/venv", "/app").idempotent()
                .keeps("# syntax=docker/dockerfile:1\n", "RUN <<EOF\npip install -r req.txt\nEOF\n", "# start it\nCMD python \\\n  app.py");
        assertFalse(o.result.text().contains("\n\n\n"), o.result.text());
    }

    @Test
    void nonRootUserBeforePipIsExplainedNotRewritten() {
        String text = "FROM python:3.12\nWORKDIR /app\nUSER 1000\nCOPY . .\nRUN pip install -r req.txt\nCMD [\"python\", \"a.py\"]\n";
        OptimizationResult r = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().result;
        assertEquals(1, Optimized.of(r.text(), null, OptimizerOptions.defaults()).graph.stages().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("non-root USER is set before pip")), r.warnings().toString());
    }
}
