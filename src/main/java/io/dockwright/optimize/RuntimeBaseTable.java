package io.dockwright.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.dockwright.optimize.facts.DevPackageLibraries;

/**
 * The builder-to-runtime base image table: ordered rules (a glob {@code match} whose {@code *} are captured, or a
 * {@code regex}; {@code $1} in the replacement), first match wins, plus the packages that are only needed to build
 * and the runtime libraries of {@code -dev} packages (the user's entries, then Debian's facts). A rule may say why
 * ({@code why}); a rule with {@code none} marks a family that has no runtime image to move to (the reason given).
 * The bundled table is {@code runtime-bases.json} beside this class; users may load their own.
 */
public final class RuntimeBaseTable {

    /**
     * A rule: images matching {@code match} (a glob, or a regex when {@code regex}) run on {@code runtime}
     * (null: already a runtime image, or none exists when {@code none} gives the reason).
     */
    public record Rule(String match, String runtime, String stack, ImagePattern pattern, boolean regex, String why, String none,
                       String label) {
        /** This rule with another runtime and stack (its pattern, kind and label kept; the table's reasons dropped). */
        public Rule retarget(String runtime, String stack) {
            return new Rule(match, runtime, stack, pattern, regex, null, null, label);
        }

        /** How messages name the rule: its glob, or the label of a regex rule. */
        public String display() { return label != null ? label : match; }
    }

    /**
     * The outcome of a lookup. {@code runtime} is null when the image is already a runtime base, or when no runtime
     * image exists for it ({@code none} says why). {@code why} explains the mapping, when the table does.
     */
    public record Mapping(String image, String runtime, String stack, String rule, String why, String none) {
        public Mapping(String image, String runtime, String stack, String rule) {
            this(image, runtime, stack, rule, null, null);
        }

        public boolean alreadyRuntime() { return runtime == null && none == null; }

        /** True when the family has no runtime image (see {@link #none()}). */
        public boolean noRuntime() { return runtime == null && none != null; }
    }

    private final List<Rule> rules;
    private final String shellRuntime;
    private final String glibcRuntime;
    private final List<Pattern> buildOnly;
    private final Map<String, String> runtimeLibraries;
    private final List<String> cgoModules;
    private final DevPackageLibraries debian;

    private RuntimeBaseTable(List<Rule> rules, String shellRuntime, String glibcRuntime, List<Pattern> buildOnly,
                             Map<String, String> runtimeLibraries, List<String> cgoModules, DevPackageLibraries debian) {
        this.rules = List.copyOf(rules);
        this.shellRuntime = shellRuntime;
        this.glibcRuntime = glibcRuntime;
        this.buildOnly = List.copyOf(buildOnly);
        this.runtimeLibraries = Map.copyOf(runtimeLibraries);
        this.cgoModules = List.copyOf(cgoModules);
        this.debian = debian;
    }

    /** The table shipped with Dockwright. */
    public static RuntimeBaseTable bundled() {
        try (InputStream in = RuntimeBaseTable.class.getResourceAsStream("runtime-bases.json")) {
            if (in == null) throw new IllegalStateException("runtime-bases.json missing from the classpath");
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a user's table. Throws {@link IllegalArgumentException} with a clear message when it is not valid. */
    public static RuntimeBaseTable load(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Parses a table in the bundled format; {@link IllegalArgumentException} when malformed. */
    public static RuntimeBaseTable parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("runtime base table is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("rules").isArray()) {
            throw new IllegalArgumentException("runtime base table needs a \"rules\" array");
        }
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            ImagePattern pattern;
            try {
                pattern = ImagePattern.of(r);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("runtime base rule without \"match\": " + r);
            }
            rules.add(new Rule(pattern.toString(), text(r, "runtime"), text(r, "stack"), pattern, !r.path("match").isTextual(),
                    text(r, "why"), text(r, "none"), text(r, "label")));
        }
        List<Pattern> buildOnly = new ArrayList<>();
        root.path("buildOnlyPackages").forEach(p -> buildOnly.add(ImagePattern.glob(p.asText()).matcher("").pattern()));
        Map<String, String> libs = new LinkedHashMap<>();
        root.path("runtimeLibraries").fields().forEachRemaining(e -> {
            if (!e.getKey().equals("comment")) libs.put(e.getKey(), e.getValue().asText());
        });
        List<String> cgo = new ArrayList<>();
        root.path("cgoModules").forEach(m -> cgo.add(m.asText()));
        return new RuntimeBaseTable(rules, root.path("shellRuntime").asText("debian:bookworm-slim"),
                root.path("glibcRuntime").asText("gcr.io/distroless/base-debian12"), buildOnly, libs, cgo,
                DevPackageLibraries.bundled());
    }

    private static String text(JsonNode r, String field) {
        return r.hasNonNull(field) ? r.get(field).asText() : null;
    }

    /** A glob rule built from its parts ({@code runtime} null: the image is already a runtime base). */
    public static Rule rule(String match, String runtime, String stack) {
        return new Rule(match, runtime, stack, ImagePattern.glob(match), false, null, null, null);
    }

    /** This table with {@code replacement} as its rules (packages and libraries kept): for user-edited mappings. */
    public RuntimeBaseTable withRules(List<Rule> replacement) {
        return new RuntimeBaseTable(replacement, shellRuntime, glibcRuntime, buildOnly, runtimeLibraries, cgoModules, debian);
    }

    /** The first rule matching {@code image} (a {@code docker.io/library/} prefix is ignored). */
    public Optional<Mapping> lookup(String image) {
        if (image == null || image.isBlank()) return Optional.empty();
        String name = ImagePattern.normalise(image);
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(name);
            if (!m.matches()) continue;
            String runtime = rule.runtime() == null ? null : ImagePattern.substitute(rule.runtime(), m);
            String why = rule.why() == null ? null : ImagePattern.substitute(rule.why(), m);
            String none = rule.none() == null ? null : ImagePattern.substitute(rule.none(), m);
            return Optional.of(new Mapping(image, runtime, rule.stack(), rule.display(), why, none));
        }
        return Optional.empty();
    }

    /** A Debian-based runtime with a shell, for programs that need one. */
    public String shellRuntime() { return shellRuntime; }

    /** A runtime with glibc but no shell, for dynamically linked programs (cgo) that need nothing else. */
    public String glibcRuntime() { return glibcRuntime; }

    /** Go modules that need cgo ({@code github.com/mattn/go-sqlite3}). */
    public List<String> cgoModules() { return cgoModules; }

    /** True when an OS package is only needed to build (compilers, headers). */
    public boolean buildOnly(String pkg) {
        String p = pkg.toLowerCase(Locale.ROOT);
        int eq = p.indexOf('=');
        String bare = eq > 0 ? p.substring(0, eq) : p;
        return buildOnly.stream().anyMatch(g -> g.matcher(bare).matches());
    }

    /**
     * The runtime libraries a {@code -dev} package stands for: the table's own entry (space-separated, "" for none),
     * else Debian's facts.
     */
    public List<String> runtimeLibraries(String devPackage) {
        String own = runtimeLibraries.get(devPackage);
        if (own != null) return own.isBlank() ? List.of() : List.of(own.trim().split("\\s+"));
        return debian.of(devPackage);
    }

    /** The first runtime library of a {@code -dev} package, if known. */
    public Optional<String> runtimeLibrary(String devPackage) {
        return runtimeLibraries(devPackage).stream().findFirst();
    }

    public List<Rule> rules() { return rules; }
}
