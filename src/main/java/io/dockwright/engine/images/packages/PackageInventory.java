package io.dockwright.engine.images.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dockwright.engine.images.CaptureRule;
import io.dockwright.engine.images.CapturedFile;
import io.dockwright.engine.images.ImageContents;
import io.dockwright.engine.images.ReadOptions;
import io.dockwright.engine.images.TreeNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packages an image's own databases list, as container-diff's analyzers read them: dpkg's
 * {@code /var/lib/dpkg/status}, apk's {@code /lib/apk/db/installed}, Python's {@code *.dist-info/METADATA} and
 * {@code *.egg-info/PKG-INFO}, npm's {@code node_modules/NAME/package.json}. The files are captured in the
 * read's single pass ({@link #captureFor(ReadOptions)}); nothing else is opened.
 */
public final class PackageInventory {
    static final String DPKG_STATUS = "/var/lib/dpkg/status";
    static final String APK_INSTALLED = "/lib/apk/db/installed";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackageInventory() {}

    /** The options plus what the package databases need captured. */
    public static ReadOptions captureFor(ReadOptions options) {
        return options.withCapture(CaptureRule.whole(p -> p.equals(DPKG_STATUS) || p.equals(APK_INSTALLED), 64 << 20))
                .withCapture(CaptureRule.whole(PackageInventory::metadataFile, 1 << 20));
    }

    static boolean metadataFile(String p) {
        if (p.endsWith(".dist-info/METADATA") || p.endsWith(".dist-info/RECORD")) return true;
        if (p.endsWith(".egg-info/PKG-INFO") || p.endsWith(".egg-info")) return true;
        return p.endsWith("/package.json") && npmPackageDir(p) != null;
    }

    /** ".../node_modules/NAME/package.json" or ".../node_modules/@scope/NAME/package.json": the package's dir. */
    static String npmPackageDir(String p) {
        String dir = p.substring(0, p.length() - "/package.json".length());
        int nm = dir.lastIndexOf("/node_modules/");
        if (nm < 0) return null;
        String rest = dir.substring(nm + "/node_modules/".length());
        int slashes = (int) rest.chars().filter(c -> c == '/').count();
        boolean ok = rest.startsWith("@") ? slashes == 1 : slashes == 0;
        return ok && !rest.isEmpty() ? dir : null;
    }

    /** The packages found, in a stable order (manager, name, location). */
    public static List<InstalledPackage> of(ImageContents image) {
        List<InstalledPackage> out = new ArrayList<>();
        image.capturedFile(DPKG_STATUS).ifPresent(f -> out.addAll(dpkg(f.text())));
        image.capturedFile(APK_INSTALLED).ifPresent(f -> out.addAll(apk(f.text())));
        for (CapturedFile f : image.captured().values()) {
            String p = f.path();
            if (p.endsWith(".dist-info/METADATA") || p.endsWith(".egg-info/PKG-INFO") || p.endsWith(".egg-info")) {
                python(image, f).ifPresent(out::add);
            } else if (p.endsWith("/package.json")) {
                npm(image, f).ifPresent(out::add);
            }
        }
        out.sort(java.util.Comparator.comparing(InstalledPackage::manager).thenComparing(InstalledPackage::name)
                .thenComparing(InstalledPackage::location));
        return out;
    }

    static List<InstalledPackage> dpkg(String status) {
        List<InstalledPackage> out = new ArrayList<>();
        for (Map<String, String> p : stanzas(status, ": ")) {
            String state = p.getOrDefault("Status", "");
            if (!state.endsWith(" installed") || !p.containsKey("Package")) continue;
            long kib = parseLong(p.get("Installed-Size"));
            out.add(new InstalledPackage("dpkg", p.get("Package"), p.getOrDefault("Version", ""), kib * 1024, DPKG_STATUS));
        }
        return out;
    }

    static List<InstalledPackage> apk(String installed) {
        List<InstalledPackage> out = new ArrayList<>();
        for (Map<String, String> p : stanzas(installed, ":")) {
            if (!p.containsKey("P")) continue;
            out.add(new InstalledPackage("apk", p.get("P"), p.getOrDefault("V", ""), parseLong(p.get("I")), APK_INSTALLED));
        }
        return out;
    }

    /** RFC 822-style paragraphs; continuation lines (leading space) are dropped, the first value of a key is kept. */
    private static List<Map<String, String>> stanzas(String text, String separator) {
        List<Map<String, String>> out = new ArrayList<>();
        Map<String, String> cur = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (!cur.isEmpty()) out.add(cur);
                cur = new LinkedHashMap<>();
                continue;
            }
            if (line.startsWith(" ") || line.startsWith("\t")) continue;
            int i = line.indexOf(separator);
            if (i > 0) cur.putIfAbsent(line.substring(0, i), line.substring(i + separator.length()).strip());
        }
        if (!cur.isEmpty()) out.add(cur);
        return out;
    }

    private static java.util.Optional<InstalledPackage> python(ImageContents image, CapturedFile f) {
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : f.text().split("\n")) {
            if (line.isBlank()) break; // the description follows the headers
            int i = line.indexOf(": ");
            if (i > 0) header.putIfAbsent(line.substring(0, i), line.substring(i + 2).strip());
        }
        String name = header.get("Name");
        if (name == null) return java.util.Optional.empty();
        String infoDir = f.path().endsWith(".egg-info") ? f.path() : f.path().substring(0, f.path().lastIndexOf('/'));
        String sitePackages = infoDir.substring(0, infoDir.lastIndexOf('/'));
        long bytes = recordBytes(image, infoDir, sitePackages);
        return java.util.Optional.of(new InstalledPackage("python", normalizePython(name), header.getOrDefault("Version", ""),
                bytes, infoDir));
    }

    /** PEP 503: case and runs of -_. do not tell Python packages apart. */
    static String normalizePython(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /** The bytes of the files a dist-info's RECORD lists that the image has. */
    private static long recordBytes(ImageContents image, String infoDir, String sitePackages) {
        return image.capturedFile(infoDir + "/RECORD").map(record -> {
            long sum = 0;
            for (String line : record.text().split("\n")) {
                int comma = line.indexOf(',');
                if (comma <= 0) continue;
                String rel = line.substring(0, comma);
                String abs = rel.startsWith("/") ? rel : sitePackages + "/" + rel;
                sum += image.tree().find(abs).map(TreeNode::size).orElse(0L);
            }
            return sum;
        }).orElse(0L);
    }

    private static java.util.Optional<InstalledPackage> npm(ImageContents image, CapturedFile f) {
        String dir = npmPackageDir(f.path());
        if (dir == null) return java.util.Optional.empty();
        try {
            JsonNode json = JSON.readTree(f.content());
            String name = json.path("name").asText("");
            if (name.isEmpty()) return java.util.Optional.empty();
            long bytes = image.tree().find(dir).map(TreeNode::totalBytes).orElse(0L);
            return java.util.Optional.of(new InstalledPackage("npm", name, json.path("version").asText(""), bytes, dir));
        } catch (IOException | RuntimeException notJson) {
            return java.util.Optional.empty();
        }
    }

    private static long parseLong(String s) {
        try {
            return s == null ? 0 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
