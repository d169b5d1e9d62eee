package io.dockwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.engine.images.TestArchives;
import io.dockwright.engine.images.TestArchives.LayerTar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inspect and diff over hand-made tarballs (figures worked out in TestArchives.handImage: 755 / 365 / 390 bytes). */
class InspectDiffCommandTest {
    @TempDir
    Path dir;

    private Path handImage() throws Exception {
        Path f = dir.resolve("hand.tar");
        Files.write(f, TestArchives.dockerSave(TestArchives.handImage(), TestArchives.inOrder(3)));
        return f;
    }

    @Test
    void inspectPrintsTheFiguresAndTheTree() throws Exception {
        CliRun r = CliRun.of("inspect", handImage().toString(), "--tree", "1", "--layers");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Size: 755 B in 3 layers, final filesystem 365 B"), r.out());
        assertTrue(r.out().contains("Efficiency: 48.34 %   Wasted: 390 B"), r.out());
        assertTrue(r.out().contains("300 B  /app/data.bin (written 3× in layers [0, 1, 2])"), r.out());
        assertTrue(r.out().contains("- /tmp/junk (40 B)"), r.out());
        assertTrue(r.out().contains("310 B    app/"), r.out());
    }

    @Test
    void ciThresholdsPassAndFailAsDivesDo() throws Exception {
        String image = handImage().toString();
        CliRun pass = CliRun.of("inspect", image, "--lowest-efficiency", "0.48", "--highest-wasted-bytes", "390B",
                "--highest-user-wasted-percent", "0.8");
        assertEquals(0, pass.exit(), pass.out());
        assertTrue(pass.out().contains("Result: PASS"), pass.out());
        // no provenance known: user bytes are all layers but the first (200 + 305), 390 / 505 = 0.772
        CliRun fail = CliRun.of("inspect", image, "--json", "--lowest-efficiency", "0.49", "--highest-wasted-bytes", "0.389kB",
                "--highest-user-wasted-percent", "0.77");
        assertEquals(InspectCommand.THRESHOLD_FAILED, fail.exit(), fail.out());
        JsonNode json = new ObjectMapper().readTree(fail.out());
        assertEquals(390, json.path("wastedBytes").asLong());
        assertEquals(505, json.path("userBytes").asLong());
        for (JsonNode rule : json.path("ci")) assertEquals(false, rule.path("passed").asBoolean(), rule.toString());
    }

    @Test
    void badInputIsExitTwoWithAMessage() throws Exception {
        Path junk = dir.resolve("junk.tar");
        Files.writeString(junk, "no tar here ".repeat(100));
        CliRun r = CliRun.of("inspect", junk.toString());
        assertEquals(InspectCommand.UNREADABLE, r.exit());
        assertTrue(r.err().contains("not a tar archive"), r.err());
        CliRun bad = CliRun.of("inspect", junk.toString(), "--highest-wasted-bytes", "lots");
        assertEquals(InspectCommand.UNREADABLE, bad.exit());
        assertTrue(bad.err().contains("not a size: 'lots'"), bad.err());
    }

    @Test
    void diffOfTwoTarballsWithPackages() throws Exception {
        LayerTar a = new LayerTar().dir("var/lib/dpkg").file("var/lib/dpkg/status", String.join("\n",
                        "Package: gcc-12", "Status: install ok installed", "Installed-Size: 2000", "Version: 12.2", "",
                        "Package: libc6", "Status: install ok installed", "Installed-Size: 100", "Version: 2.36", "",
                        "Package: gone-config", "Status: deinstall ok config-files", "Version: 1", ""))
                .file("usr/bin/gcc", TestArchives.filled(5000, 'g'), 0755).file("etc/os", "debian");
        LayerTar b = new LayerTar().dir("var/lib/dpkg").file("var/lib/dpkg/status", String.join("\n",
                        "Package: libc6", "Status: install ok installed", "Installed-Size: 100", "Version: 2.37", ""))
                .file("etc/os", "debian").dir("opt/venv").file("opt/venv/app.py", TestArchives.filled(700, 'p'), 0644)
                .dir("app/node_modules/left-pad").file("app/node_modules/left-pad/package.json", "{\"name\":\"left-pad\",\"version\":\"1.3.0\"}");
        Path fa = dir.resolve("a.tar");
        Path fb = dir.resolve("b.tar");
        Files.write(fa, TestArchives.dockerSave(List.of(TestArchives.step(a)), TestArchives.inOrder(1)));
        Files.write(fb, TestArchives.dockerSave(List.of(TestArchives.step(b)), TestArchives.inOrder(1)));
        CliRun r = CliRun.of("diff", fa.toString(), fb.toString(), "--packages");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("gone: package gcc-12, 2.0 MB; /usr, 5.0 kB; new: package left-pad"), r.out());
        assertTrue(r.out().contains("~ dpkg     libc6 2.36 → 2.37"), r.out());
        JsonNode json = new ObjectMapper().readTree(CliRun.of("diff", fa.toString(), fb.toString(), "--json", "--packages").out());
        assertEquals("/usr", json.path("onlyA").get(0).path("path").asText());
        assertEquals(5000, json.path("onlyABytes").asLong());
        assertEquals("gcc-12", json.path("packages").path("onlyA").get(0).path("name").asText());
        assertEquals(1, json.path("packages").path("onlyA").size()); // the deinstalled one is not installed
        assertEquals(1, json.path("identicalFiles").asInt()); // /etc/os
        CliRun under = CliRun.of("diff", fa.toString(), fb.toString(), "--path", "/opt", "--json");
        assertEquals("/opt", new ObjectMapper().readTree(under.out()).path("onlyB").get(0).path("path").asText()); // A has no /opt at all
    }
}
