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

/**
 * The builder-to-runtime base image table: ordered glob rules ({@code *} captures, {@code $1} in the
 * replacement), the packages that are only needed to build, and the runtime libraries of {@code -dev} packages.
 * The bundled table is {@code runtime-bases.json} beside this class; users may load their own.
 */
public final class RuntimeBaseTable {

    /** A rule: images matching {@code match} run on {@code runtime} (null: already a runtime image). */
    public record Rule(String match, String runtime, String stack, Pattern pattern) {}

    /** The outcome of a lookup. {@code runtime} is null when the image is already a runtime base. */
    public record Mapping(String image, String runtime, String stack, String rule) {
        public boolean alreadyRuntime() { return runtime == null; }
    }

    private final List<Rule> rules;
    private final String shellRuntime;
    private final List<Pattern> buildOnly;
    private final Map<String, String> runtimeLibraries;

    private RuntimeBaseTable(List<Rule> rules, String shellRuntime, List<Pattern> buildOnly,
                             Map<String, String> runtimeLibraries) {
        this.rules = List.copyOf(rules);
        this.shellRuntime = shellRuntime;
        this.buildOnly = List.copyOf(buildOnly);
        this.runtimeLibraries = Map.copyOf(runtimeLibraries);
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
            String match = r.path("match").asText("");
            if (match.isBlank()) throw new IllegalArgumentException("runtime base rule without \"match\": " + r);
            String runtime = r.hasNonNull("runtime") ? r.get("runtime").asText() : null;
            String stack = r.hasNonNull("stack") ? r.get("stack").asText() : null;
            rules.add(rule(match, runtime, stack));
        }
        List<Pattern> buildOnly = new ArrayList<>();
        root.path("buildOnlyPackages").forEach(p -> buildOnly.add(glob(p.asText())));
        Map<String, String> libs = new LinkedHashMap<>();
        root.path("runtimeLibraries").fields().forEachRemaining(e -> libs.put(e.getKey(), e.getValue().asText()));
        return new RuntimeBaseTable(rules, root.path("shellRuntime").asText("debian:bookworm-slim"), buildOnly, libs);
    }

    /** A rule built from its parts ({@code runtime} null: the image is already a runtime base). */
    public static Rule rule(String match, String runtime, String stack) {
        return new Rule(match, runtime, stack, glob(match));
    }

    /** This table with {@code replacement} as its rules (packages and libraries kept): for user-edited mappings. */
    public RuntimeBaseTable withRules(List<Rule> replacement) {
        return new RuntimeBaseTable(replacement, shellRuntime, buildOnly, runtimeLibraries);
    }

    private static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (!re.isEmpty()) re.append("(.*?)");
            re.append(Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }

    /** The first rule matching {@code image} (a {@code docker.io/library/} prefix is ignored). */
    public Optional<Mapping> lookup(String image) {
        if (image == null || image.isBlank()) return Optional.empty();
        String name = image.strip();
        for (String prefix : List.of("docker.io/library/", "index.docker.io/library/", "library/")) {
            if (name.startsWith(prefix)) name = name.substring(prefix.length());
        }
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(name);
            if (!m.matches()) continue;
            String runtime = rule.runtime();
            if (runtime != null) {
                for (int g = m.groupCount(); g >= 1; g--) runtime = runtime.replace("$" + g, m.group(g));
            }
            return Optional.of(new Mapping(image, runtime, rule.stack(), rule.match()));
        }
        return Optional.empty();
    }

    /** A Debian-based runtime with a shell, for programs that need one. */
    public String shellRuntime() { return shellRuntime; }

    /** True when an OS package is only needed to build (compilers, headers). */
    public boolean buildOnly(String pkg) {
        String p = pkg.toLowerCase(Locale.ROOT);
        int eq = p.indexOf('=');
        String bare = eq > 0 ? p.substring(0, eq) : p;
        return buildOnly.stream().anyMatch(g -> g.matcher(bare).matches());
    }

    /** The runtime library a {@code -dev} package stands for, if known. */
    public Optional<String> runtimeLibrary(String devPackage) {
        return Optional.ofNullable(runtimeLibraries.get(devPackage));
    }

    public List<Rule> rules() { return rules; }
}
