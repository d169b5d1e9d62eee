package io.dockwright.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
}
