package io.dockwright.optimize.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Debian's "-dev package -> runtime library packages" facts: the shared libraries a {@code -dev} package carries
 * headers for ({@code libpq-dev} -> {@code libpq5}), from {@code debian-dev-libraries.tsv.gz} beside this class,
 * generated from bookworm's Packages index by {@code scripts/debian-dev-libraries.py}.
 */
public final class DevPackageLibraries {
    private final Map<String, List<String>> libraries;
    private final String suite;

    private DevPackageLibraries(Map<String, List<String>> libraries, String suite) {
        this.libraries = Map.copyOf(libraries);
        this.suite = suite;
    }

    /** The table shipped with Dockwright (Debian bookworm), read once: it never changes while the program runs. */
    public static DevPackageLibraries bundled() {
        return Bundled.TABLE;
    }

    private static final class Bundled {
        static final DevPackageLibraries TABLE = load();
    }

    private static DevPackageLibraries load() {
        try (InputStream raw = DevPackageLibraries.class.getResourceAsStream("debian-dev-libraries.tsv.gz")) {
            if (raw == null) throw new IllegalStateException("debian-dev-libraries.tsv.gz missing from the classpath");
            return read(new GZIPInputStream(raw));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DevPackageLibraries read(InputStream in) throws IOException {
        Map<String, List<String>> map = new HashMap<>();
        String suite = "bookworm";
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith("# Debian ")) suite = line.substring(9).split(" ")[0];
            if (line.isEmpty() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab > 0) map.put(line.substring(0, tab), List.of(line.substring(tab + 1).split(",")));
        }
        return new DevPackageLibraries(map, suite);
    }

    /** The runtime library packages of {@code devPackage} (a version suffix {@code =1.2} or {@code :amd64} ignored). */
    public List<String> of(String devPackage) {
        String bare = devPackage.replaceAll("[=:].*$", "");
        return libraries.getOrDefault(bare, List.of());
    }

    /** The Debian suite the table was generated from. */
    public String suite() { return suite; }

    public int size() { return libraries.size(); }
}
