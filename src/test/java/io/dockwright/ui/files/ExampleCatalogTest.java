package io.dockwright.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCatalogTest {
    @TempDir Path dir;

    @Test
    void pythonGuideIsListedAndExtractedWithoutOverwritingUserEdits() throws Exception {
        ExampleCatalog catalog = new ExampleCatalog(getClass().getClassLoader(), dir);
        ExampleCatalog.Example guide = catalog.list().stream()
                .filter(e -> e.name().equals("python-guide")).findFirst().orElseThrow();
        assertTrue(guide.files().containsAll(java.util.List.of("Dockerfile", "Dockerfile.multistage", "req.txt", "run.py")));
        assertEquals("Dockerfile", guide.dockerfiles().get(0));

        Path project = catalog.extract(guide);
        assertTrue(Files.readString(project.resolve("Dockerfile")).contains("FROM python:3.7"));
        Files.writeString(project.resolve("run.py"), "edited");
        catalog.extract(guide);
        assertEquals("edited", Files.readString(project.resolve("run.py")));
    }

    @Test
    void examplesAreListedAndExtractedFromAJar() throws Exception {
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "io/dockwright/Main.class", "not an example");
            put(out, "examples/README.md", "the marker");
            put(out, "examples/zeta/Dockerfile", "FROM scratch");
            put(out, "examples/demo/", null);
            put(out, "examples/demo/app.dockerfile", "FROM alpine");
            put(out, "examples/demo/Dockerfile", "FROM debian");
            put(out, "examples/demo/src/run.py", "print(1)");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ExampleCatalog catalog = new ExampleCatalog(loader, dir.resolve("out"));
            List<ExampleCatalog.Example> examples = catalog.list();
            assertEquals(List.of("demo", "zeta"), examples.stream().map(ExampleCatalog.Example::name).toList());
            ExampleCatalog.Example demo = examples.get(0);
            assertEquals(List.of("Dockerfile", "app.dockerfile", "src/run.py"), demo.files());
            assertEquals(List.of("Dockerfile", "app.dockerfile"), demo.dockerfiles());

            Path project = catalog.extract(demo);
            assertEquals(dir.resolve("out/demo"), project);
            assertEquals("print(1)", Files.readString(project.resolve("src/run.py")));
            assertEquals("FROM debian", Files.readString(project.resolve("Dockerfile")));
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        if (text != null) out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
