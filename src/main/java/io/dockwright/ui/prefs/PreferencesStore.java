package io.dockwright.ui.prefs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.engine.discovery.EndpointSyntax;
import io.dockwright.files.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preferences file ({@code preferences.json}), written atomically. A file that cannot be used is never fatal:
 * the unusable parts fall back to defaults, a copy of the file is kept beside it, and {@link Loaded#problem()}
 * says what happened in words a user can act on. An old {@code settings.properties} (theme, font size) is migrated.
 * <p>The file carries a schema {@code version}. Version 1 (and files without one) stored every value, and its build
 * network was {@code host} by default: such a file's {@code host} is taken as that old default, so it becomes the
 * engine's default network ({@code docker build}'s), the user is told once, and the file is rewritten as version 2.
 * From version 2 on, a stored {@code host} is the user's own choice.
 */
public final class PreferencesStore {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);
    /**
     * What {@link #load()} found: the values to use and what to tell the user about the file (why it was not usable,
     * or what a migration changed), else null.
     */
    public record Loaded(PreferenceValues values, String problem) {}

    /** The schema this version writes (see the class comment for what changed). */
    public static final int VERSION = 2;
    static final String HOST_WAS_DEFAULT = "Builds now use the engine's default network, as docker build does. Your"
            + " preferences had host, which was Dockwright's default before; if your engine has no bridge network, choose"
            + " host again under Edit > Preferences (Network for RUN steps).";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private final Path legacy;
    private final Clock clock;

    /** {@code legacy} is the old settings file to migrate from when {@code file} does not exist yet (may be null). */
    public PreferencesStore(Path file, Path legacy, Clock clock) {
        this.file = file;
        this.legacy = legacy;
        this.clock = clock;
    }

    public Path file() { return file; }

    public Loaded load() {
        if (!Files.exists(file)) return new Loaded(legacy == null ? PreferenceValues.defaults() : migrate(), null);
        JsonNode root;
        try {
            root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return replace(PreferenceValues.defaults(), List.of("it is not valid JSON" + where + " (" + e.getOriginalMessage() + ")"), true);
        } catch (IOException e) {
            return replace(PreferenceValues.defaults(), List.of("it could not be read (" + e + ")"), true);
        }
        if (root == null || !root.isObject()) return replace(PreferenceValues.defaults(), List.of("it is not a JSON object"), true);
        List<String> problems = new ArrayList<>();
        PreferenceValues values = new FieldReader(root, problems).read();
        if (!problems.isEmpty()) return replace(values, problems, false);
        return schemaVersion(root) < 2 && values.network().equals("host") ? migrateHostNetwork(values) : new Loaded(values, null);
    }

    /** The file's schema version; files from before versioning count as 1. */
    private static int schemaVersion(JsonNode root) {
        JsonNode v = root.get("version");
        return v != null && v.canConvertToInt() ? v.asInt() : 1;
    }

    /** A version-1 {@code host} was the old default, not a choice: the engine's default now (saved, told once). */
    private Loaded migrateHostNetwork(PreferenceValues old) {
        PreferenceValues values = new PreferenceValues(old.darkTheme(), old.fontSize(), old.engineEndpoint(),
                io.dockwright.engine.builds.BuildVariant.DEFAULT_NETWORK, old.parallelBuilds(), old.backend(), old.baseRules());
        LOG.info("Preferences {}: the build network host of schema version 1 (the old default) is now the engine's default", file);
        try {
            save(values);
        } catch (IOException e) {
            LOG.warn("Could not save the migrated preferences {}; the migration runs again at the next start", file, e);
        }
        return new Loaded(values, HOST_WAS_DEFAULT);
    }

    /** Keeps a copy of the unusable file, writes {@code values} in its place and explains. */
    private Loaded replace(PreferenceValues values, List<String> problems, boolean whole) {
        Path backup = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        String kept;
        try {
            Files.copy(file, backup, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            kept = " The old file was kept as " + backup + ".";
        } catch (IOException | RuntimeException e) {
            kept = " It could not be copied aside (" + e.getMessage() + ").";
        }
        try {
            save(values);
        } catch (IOException e) {
            kept += " Writing the defaults failed too (" + e.getMessage() + "); they apply for this session only.";
        }
        String message = "Your preferences file " + file + " could not be used: " + String.join("; ", problems) + ". "
                + (whole ? "Dockwright started with the default preferences." : "Those settings are back to their defaults.")
                + kept;
        LOG.warn(message);
        return new Loaded(values, message);
    }

    private PreferenceValues migrate() {
        PreferenceValues d = PreferenceValues.defaults();
        if (!Files.isRegularFile(legacy)) return d;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(legacy, StandardCharsets.UTF_8)) {
            p.load(r);
            double size = Double.parseDouble(p.getProperty("editor.fontSize", Double.toString(d.fontSize())));
            return d.withDarkTheme(Boolean.parseBoolean(p.getProperty("theme.dark", "false"))).withFontSize(size);
        } catch (IOException | IllegalArgumentException e) { // the old settings were a convenience: not worth a message
            LOG.info("The old settings {} could not be migrated ({}); the defaults apply", legacy, e.toString());
            return d;
        }
    }

    /** Writes {@code values} atomically (creating the folder). Serialized, so concurrent saves never interleave. */
    public synchronized void save(PreferenceValues values) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("version", VERSION);
        root.put("theme", values.darkTheme() ? "dark" : "light");
        root.put("editorFontSize", values.fontSize());
        root.put("engineEndpoint", values.engineEndpoint());
        root.put("buildNetwork", values.network());
        root.put("parallelBuilds", values.parallelBuilds());
        root.put("buildBackend", backendName(values.backend()));
        ArrayNode rules = root.putArray("runtimeBases");
        for (BaseRule r : values.baseRules()) {
            ObjectNode o = rules.addObject();
            o.put("match", r.match());
            if (!r.runtime().isEmpty()) o.put("runtime", r.runtime());
            if (!r.stack().isEmpty()) o.put("stack", r.stack());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, (json.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static String backendName(BackendChoice b) {
        return b.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads each known field, falling back to its default (with a problem noted) when it is unusable. */
    private record FieldReader(JsonNode root, List<String> problems) {
        PreferenceValues read() {
            PreferenceValues d = PreferenceValues.defaults();
            String theme = text("theme", d.darkTheme() ? "dark" : "light", List.of("light", "dark"));
            double size = d.fontSize();
            JsonNode s = root.get("editorFontSize");
            if (s != null && !s.isNull()) {
                if (s.isNumber() && s.asDouble() >= PreferenceValues.MIN_FONT_SIZE && s.asDouble() <= PreferenceValues.MAX_FONT_SIZE) {
                    size = s.asDouble();
                } else {
                    problems.add("\"editorFontSize\" must be a number from 8 to 48, not " + s);
                }
            }
            String endpoint = text("engineEndpoint", "", null);
            String bad = EndpointSyntax.problem(endpoint).orElse(null);
            if (bad != null) {
                problems.add(bad);
                endpoint = "";
            }
            String network = text("buildNetwork", d.network(), PreferenceValues.NETWORKS);
            boolean parallel = d.parallelBuilds();
            JsonNode p = root.get("parallelBuilds");
            if (p != null && !p.isNull()) {
                if (p.isBoolean()) parallel = p.asBoolean();
                else problems.add("\"parallelBuilds\" must be true or false, not " + p);
            }
            List<String> backends = java.util.Arrays.stream(BackendChoice.values()).map(PreferencesStore::backendName).toList();
            String backend = text("buildBackend", backendName(d.backend()), backends);
            return new PreferenceValues("dark".equals(theme), size, endpoint, network, parallel,
                    BackendChoice.values()[backends.indexOf(backend)], rules());
        }

        private String text(String field, String fallback, List<String> allowed) {
            JsonNode n = root.get(field);
            if (n == null || n.isNull()) return fallback;
            if (!n.isTextual() || (allowed != null && !allowed.contains(n.asText()))) {
                problems.add("\"" + field + "\" must be " + (allowed == null ? "a string" : "one of " + String.join(", ", allowed))
                        + ", not " + n);
                return fallback;
            }
            return n.asText();
        }

        private List<BaseRule> rules() {
            JsonNode n = root.get("runtimeBases");
            if (n == null || n.isNull()) return List.of();
            if (!n.isArray()) {
                problems.add("\"runtimeBases\" must be a list of {match, runtime, stack} rules");
                return List.of();
            }
            List<BaseRule> out = new ArrayList<>();
            int row = 0;
            for (JsonNode r : n) {
                row++;
                BaseRule rule = new BaseRule(r.path("match").asText(""), r.path("runtime").asText(""), r.path("stack").asText(""));
                List<String> bad = new ArrayList<>(RuntimeBaseRules.problems(append(out, rule)));
                String why = !r.isObject() ? "it is not a {match, runtime, stack} object" : bad.isEmpty() ? null
                        : bad.get(bad.size() - 1).replaceFirst("^Row \\d+: ", "");
                if (why == null) out.add(rule);
                else problems.add("runtime-base rule " + row + " was dropped: " + why);
            }
            return out;
        }

        private static List<BaseRule> append(List<BaseRule> list, BaseRule r) {
            List<BaseRule> all = new ArrayList<>(list);
            all.add(r);
            return all;
        }
    }
}
