package io.dockwright.engine.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dockwright.engine.images.TestArchives.LayerTar;
import io.dockwright.engine.images.packages.InstalledPackage;
import io.dockwright.engine.images.packages.PackageInventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each package database read from a hand-made image; a later layer's removal and rewrite count. */
class PackageInventoryTest {
    @TempDir
    Path dir;

    @Test
    void readsDpkgApkPythonAndNpmFromTheFinalFilesystem() throws Exception {
        String site = "usr/local/lib/python3.11/site-packages/";
        String typesJson = "{\"name\":\"@types/node\",\"version\":\"20.1.0\"}";
        String innerJson = "{\"name\":\"not-a-package-root\",\"version\":\"0\"}";
        String padJson = "{\"name\":\"left-pad\",\"version\":\"1.3.0\"}";
        LayerTar l0 = new LayerTar()
                .file("var/lib/dpkg/status", "Package: bash\nStatus: install ok installed\nInstalled-Size: 7000\nVersion: 5.2\n"
                        + "Description: shell\n continued line: not a field\n\nPackage: old\nStatus: deinstall ok config-files\n")
                .file("lib/apk/db/installed", "C:Q1abc\nP:musl\nV:1.2.4-r2\nI:622592\n\nP:busybox\nV:1.36.1-r5\nI:950272\n")
                .file(site + "Flask_Login-0.6.dist-info/METADATA", "Metadata-Version: 2.1\nName: Flask_Login\nVersion: 0.6\n\nName: not-this\n")
                .file(site + "Flask_Login-0.6.dist-info/RECORD", "flask_login/__init__.py,sha256=x,3\nflask_login/gone.py,,9\n")
                .file(site + "flask_login/__init__.py", "abc")
                .file(site + "six-1.16.egg-info", "Metadata-Version: 1.0\nName: six\nVersion: 1.16.0\n")
                .file("app/node_modules/@types/node/package.json", typesJson)
                .file("app/node_modules/@types/node/index.d.ts", TestArchives.filled(1000, 'd'), 0644)
                .file("app/node_modules/left-pad/lib/package.json", innerJson)
                .file("app/node_modules/left-pad/package.json", padJson)
                .file("app/node_modules/gone/package.json", "{\"name\":\"gone\",\"version\":\"1\"}");
        LayerTar l1 = new LayerTar().whiteout("app/node_modules/gone");
        Path f = dir.resolve("p.tar");
        Files.write(f, TestArchives.dockerSave(List.of(TestArchives.step(l0), TestArchives.step(l1)), TestArchives.inOrder(2)));
        ImageContents c = new ImageReader().read(ImageSource.ofPath(f), PackageInventory.captureFor(ReadOptions.defaults()),
                ReadListener.NONE);
        List<String> found = PackageInventory.of(c).stream()
                .map(p -> p.manager() + " " + p.name() + " " + p.version() + " " + p.bytes()).toList();
        assertEquals(List.of("apk busybox 1.36.1-r5 950272", "apk musl 1.2.4-r2 622592", "dpkg bash 5.2 7168000",
                "npm @types/node 20.1.0 " + (1000 + typesJson.length()), "npm left-pad 1.3.0 " + (innerJson.length() + padJson.length()), "python flask-login 0.6 3", "python six 1.16.0 0"),
                found);
        InstalledPackage types = PackageInventory.of(c).stream().filter(p -> p.name().equals("@types/node")).findFirst().orElseThrow();
        assertEquals("/app/node_modules/@types/node", types.location());
    }
}
