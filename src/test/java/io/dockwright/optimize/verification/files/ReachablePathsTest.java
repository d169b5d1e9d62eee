package io.dockwright.optimize.verification.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.engine.result.ImageConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The roots of what a container can reach, from image configs made here. */
class ReachablePathsTest {
    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void whatTheRuntimeCanReach() {
        ImageConfig c = new ImageConfig("x", "app", env("PATH", "/opt/venv/bin:/usr/bin", "CONFIG", "/srv/conf.yml", "MODE", "prod"),
                "/app", List.of(), List.of("/bin/sh", "-c", "python run.py --config ../shared/cfg.ini && ./tools/post"),
                List.of(), List.of("/data"), "", "");
        List<String> roots = ReachablePaths.of(c, "/home/app");
        assertEquals(List.of("/app", "/app/run.py", "/app/tools/post", "/bin/sh", "/data", "/etc", "/home/app", "/opt/venv/bin",
                "/shared/cfg.ini", "/srv/conf.yml", "/usr/bin"), roots);
        assertTrue(ReachablePaths.reachable("/app/lib/x.py", roots));
        assertTrue(ReachablePaths.reachable("/etc/ssl/certs/ca.pem", roots));
        assertTrue(!ReachablePaths.reachable("/usr/include/stdio.h", roots));
        assertTrue(!ReachablePaths.reachable("/apple", roots), "a root is a folder, not a prefix of names");
        ImageConfig rootDir = new ImageConfig("x", "", env(), "", List.of(), List.of("/hello"), List.of(), List.of(), "", "");
        assertEquals(List.of("/bin", "/etc", "/hello", "/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin", "/usr/sbin"),
                ReachablePaths.of(rootDir, null), "no WORKDIR: / is not a root (it would make everything reachable)");
    }

    @Test
    void symlinksLeadToMoreRootsButNotFromEtcAlone() {
        List<String> roots = List.of("/bin", "/etc", "/usr/local/bin");
        Map<String, String> links = Map.of("/bin", "usr/bin", "/usr/local/bin/tool", "/opt/tool/bin/tool",
                "/usr/bin/java", "/etc/alternatives/java", "/etc/alternatives/java", "/usr/lib/jvm/17/bin/java",
                "/etc/alternatives/pager.1.gz", "/usr/share/man/man1/less.1.gz");
        List<String> out = ReachablePaths.withLinks(roots, links);
        assertTrue(out.containsAll(List.of("/usr/bin", "/opt/tool/bin/tool", "/etc/alternatives/java", "/usr/lib/jvm/17/bin/java")), out.toString());
        assertTrue(!out.contains("/usr/share/man/man1/less.1.gz"), "a link only /etc reaches is not followed: " + out);
        assertEquals("/usr/local/bin", ReachablePaths.through("/usr/local/bin/x", false, out));
        assertEquals("/usr/local/bin", ReachablePaths.through("/usr/local", true, List.of("/usr/local/bin")),
                "a directory holding a root is reached through it");
        assertEquals(null, ReachablePaths.through("/usr/include", true, out));
    }

    @Test
    void buildInputsByNameAndMultiStageRewrites() {
        for (String n : List.of("hello.c", "greet.h", "main.go", "Makefile", "CMakeLists.txt", "pom.xml", "Dockerfile", "Dockerfile.multistage",
                "index.ts", "Hello.java", "go.sum", "x.o")) {
            assertTrue(BuildInputs.buildInput(n), n);
        }
        for (String n : List.of("data.txt", "run.py", "app.jar", "index.js", "config.yml", "hello")) {
            assertTrue(!BuildInputs.buildInput(n), n);
        }
        assertTrue(FileCheck.multiStage("FROM a AS b\nFROM c\nCOPY --from=b /x /x\n"));
        assertTrue(FileCheck.multiStage("FROM c\ncopy --chown=1:1 --from=b /x /x\n"));
        assertTrue(!FileCheck.multiStage("FROM c\nCOPY x /x\nRUN echo COPY --from=b\n"));
    }
}
