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

/**
 * What builder RUNs leave outside the app (links, configuration, state directories, users) reaches the runtime stage:
 * cheap commands run again, other writes are copied, and a RUN with compilers is never repeated whole.
 */
class RuntimeCarryTest {
    @TempDir
    Path dir;

    private static final String PY_APP = """
            FROM python:3.11-bookworm
            RUN apt-get update && apt-get install -y build-essential libpq-dev \\
                && groupadd -r app && useradd -r -m -g app app \\
                && mkdir -p /var/lib/app && chown app:app /var/lib/app
            WORKDIR /srv
            COPY requirements.txt .
            RUN pip install -r requirements.txt
            COPY . .
            RUN ln -s /srv/bin/manage.sh /usr/local/bin/manage \\
                && echo "mode=prod" > /etc/app.conf \\
                && cp config/default.ini /etc/app/ \\
                && curl -o /tmp/x.tgz https://example.com/x.tgz && rm /tmp/x.tgz
            USER app
            CMD ["python", "-m", "app"]
            """;

    @Test
    void linksConfigAndStateDirectoriesReachTheRuntimeStage() {
        Optimized o = Optimized.project(dir, PY_APP, Map.of("requirements.txt", "psycopg2\n")).wellFormed()
                .split("python:3.11-slim-bookworm").copies("/opt/venv", "/srv", "/etc/app.conf", "/etc/app/default.ini").idempotent();
        List<String> runs = o.runtimeText(Keyword.RUN);
        assertTrue(runs.contains("RUN mkdir -p /var/lib/app && chown app:app /var/lib/app"), runs.toString());
        assertTrue(runs.contains("RUN ln -s /srv/bin/manage.sh /usr/local/bin/manage"), runs.toString());
        String out = o.result.text();
        int copies = out.indexOf("COPY --from=builder /srv /srv");
        assertTrue(copies < out.indexOf("RUN mkdir -p /var/lib/app") && out.indexOf("RUN ln -s") < out.lastIndexOf("USER app"),
                "repeated after the copies, before USER, as root: " + out);
        String files = o.change("runtime-files").reason();
        for (String s : List.of("/usr/local/bin/manage (line 9, ln: run again)", "/etc/app.conf (line 9, a shell redirection: copied",
                "/var/lib/app (line 2, mkdir: run again, chown: run again)")) {
            assertTrue(files.contains(s), files);
        }
        assertFalse(files.contains("/tmp"), "scratch files and removed files are not carried: " + files);
    }

    @Test
    void aRunWithBuildToolsAndAUserRepeatsOnlyTheUserCommands() {
        Optimized o = Optimized.project(dir, PY_APP, Map.of("requirements.txt", "psycopg2\n")).wellFormed();
        List<String> runs = o.runtimeText(Keyword.RUN);
        assertTrue(runs.contains("RUN groupadd -r app && useradd -r -m -g app app"), runs.toString());
        assertTrue(runs.stream().noneMatch(r -> r.contains("build-essential")), "no compilers in the runtime: " + runs);
        assertTrue(o.fate(2).contains("user and group commands repeated"), o.fate(2));
        assertTrue(o.change("runtime-users").reason().contains("group app, user app"), o.change("runtime-users").reason());
        assertTrue(o.change("runtime-packages").reason().contains("the runtime installs libpq5"), o.change("runtime-packages").reason());
    }

    @Test
    void aShellLessRuntimeGetsTheAccountFilesInsteadOfUseradd() {
        String text = """
                FROM golang:1.22
                WORKDIR /src
                COPY . .
                RUN useradd -u 10001 -m svc && go build -o /usr/local/bin/svc .
                USER svc
                CMD ["svc"]
                """;
        Optimized o = Optimized.project(dir, text, Map.of("go.mod", "module example.com/svc\n", "main.go", "package main\nfunc main() {}\n"))
                .wellFormed().split("gcr.io/distroless/static-debian12")
                .copies("/usr/local/bin/svc", "/etc/passwd", "/etc/group", "/home/svc");
        assertTrue(o.runtimeText(Keyword.RUN).isEmpty(), "distroless has no shell to run useradd");
        assertEquals(List.of("USER svc"), o.runtimeText(Keyword.USER));
        assertTrue(o.change("runtime-users").reason().contains("/etc/passwd and /etc/group"), o.change("runtime-users").reason());
    }

    @Test
    void writesTheCopiedAppAlreadyHoldsAreNotCarriedAgain() {
        String text = """
                FROM node:20
                WORKDIR /app
                COPY . .
                RUN npm ci && mkdir -p /app/logs && chown -R node:node /app/logs
                CMD ["node", "server.js"]
                """;
        Optimized o = Optimized.project(dir, text, Map.of("package.json", "{}", "package-lock.json", "{}")).wellFormed()
                .split("node:20-slim").copies("/app");
        assertTrue(o.runtimeText(Keyword.RUN).isEmpty(), "COPY --from keeps owners: " + o.runtimeText(Keyword.RUN));
        assertFalse(o.hasChange("runtime-files"));
    }

    @Test
    void withoutWorkdirPathsResolveAgainstTheBaseImagesWorkingDirectory() {
        String text = "FROM golang:1.19\nCOPY . .\nRUN go build -o server .\nEXPOSE 8080\nCMD [\"./server\"]\n";
        Optimized o = Optimized.project(dir, text, Map.of("go.mod", "module example.com/files\n",
                        "main.go", "package main\nimport \"os\"\nfunc main() { os.ReadFile(\"greeting.txt\") }\n", "greeting.txt", "hi\n"))
                .wellFormed().split("gcr.io/distroless/static-debian12").copies("/go/server", "/go/greeting.txt").idempotent();
        assertEquals(List.of("WORKDIR /go"), o.runtimeText(Keyword.WORKDIR), "golang works in /go, distroless in /");
        assertTrue(o.change("runtime-workdir").reason().contains("golang:1.19"), o.change("runtime-workdir").reason());
        assertTrue(o.result.text().contains("COPY --from=builder /go/server /go/server"), o.result.text());
    }

    @Test
    void sameWorkingDirectoryNeedsNoExplicitWorkdir() {
        String text = "FROM gcc:12\nCOPY hello.c /src/hello.c\nRUN gcc -o /usr/local/bin/hello /src/hello.c\nCMD [\"hello\"]\n";
        Optimized o = Optimized.of(text, null, OptimizerOptions.defaults()).wellFormed().split("debian:bookworm-slim");
        assertTrue(o.runtimeText(Keyword.WORKDIR).isEmpty(), "gcc and debian both start in /");
        assertFalse(o.hasChange("runtime-workdir"));
    }
}
