package io.dockwright.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.optimize.RuntimeBaseTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load, save, migration and every kind of unusable file, against real files in a temp folder. */
class PreferencesStoreTest {
    @TempDir Path home;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T18:00:00Z"), ZoneOffset.UTC);

    private PreferencesStore store() {
        return new PreferencesStore(home.resolve("prefs/preferences.json"), home.resolve("settings.properties"), clock);
    }

    @Test
    void noFileGivesDefaultsWithoutAProblem() {
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(PreferenceValues.defaults(), loaded.values());
        assertNull(loaded.problem());
    }

    @Test
    void savedValuesComeBackAfterARestart() throws Exception {
        PreferenceValues v = new PreferenceValues(true, 17, "tcp://10.0.0.5:2376", "none", true, BackendChoice.BUILDKIT_CLI,
                List.of(new BaseRule("python:3.11", "python:3.11-alpine", "python"), new BaseRule("myco/builder:*", "", "")));
        store().save(v);
        PreferencesStore.Loaded again = store().load(); // a new store: nothing kept in memory
        assertEquals(v, again.values());
        assertNull(again.problem());
        String text = Files.readString(store().file());
        assertTrue(text.contains("\"buildBackend\" : \"buildkit-cli\""), text);
        try (Stream<Path> files = Files.list(store().file().getParent())) {
            assertEquals(List.of(store().file()), files.toList(), "the atomic write leaves no temp file behind");
        }
    }

    @Test
    void oldSettingsFileIsMigrated() throws Exception {
        Files.writeString(home.resolve("settings.properties"), "theme.dark=true\neditor.fontSize=18.0\n");
        PreferenceValues v = store().load().values();
        assertTrue(v.darkTheme());
        assertEquals(18, v.fontSize());
    }

    @Test
    void brokenJsonIsReportedBackedUpAndReplacedByDefaults() throws Exception {
        Path file = store().file();
        Files.createDirectories(file.getParent());
        String broken = "{ \"theme\": \"dark\",\n  \"buildNetwork\": host }\n";
        Files.writeString(file, broken);
        PreferencesStore.Loaded loaded = store().load();
        assertEquals(PreferenceValues.defaults(), loaded.values());
        Path backup = file.resolveSibling("preferences.json.corrupt-20261128-180000");
        assertTrue(loaded.problem().contains(file.toString()), loaded.problem());
        assertTrue(loaded.problem().contains("not valid JSON at line 2"), loaded.problem());
        assertTrue(loaded.problem().contains(backup.toString()), loaded.problem());
        assertEquals(broken, Files.readString(backup), "the corrupt file is kept as it was");
        assertNull(store().load().problem(), "the file now holds usable defaults");
    }

    @Test
    void badFieldsFallBackOneByOneAndGoodOnesAreKept() throws Exception {
        Path file = store().file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {"theme": "dark", "editorFontSize": 400, "engineEndpoint": "/var/run/docker.sock",
                 "buildNetwork": "bridge", "parallelBuilds": "yes", "buildBackend": "engine-api",
                 "runtimeBases": [{"match": "node:*", "runtime": "node:$2-slim"}, {"match": "go:*", "runtime": "scratch"}, 7]}
                """);
        PreferencesStore.Loaded loaded = store().load();
        PreferenceValues v = loaded.values();
        assertTrue(v.darkTheme());
        assertEquals(BackendChoice.ENGINE_API, v.backend());
        assertEquals(14, v.fontSize());
        assertEquals("", v.engineEndpoint());
        assertEquals("default", v.network(), "the engine's default network, as docker build");
        assertFalse(v.parallelBuilds());
        assertEquals(List.of(new BaseRule("go:*", "scratch", "")), v.baseRules());
        String p = loaded.problem();
        for (String expected : List.of("editorFontSize", "needs the unix:// prefix", "\"buildNetwork\" must be one of default, host, none",
                "parallelBuilds", "rule 1 was dropped: runtime \"node:$2-slim\" uses $2", "rule 3 was dropped",
                "Those settings are back to their defaults")) {
            assertTrue(p.contains(expected), "missing '" + expected + "' in: " + p);
        }
    }

    /** What Dockwright 0.1 wrote with its defaults: schema version 1, host because it was the default then. */
    private static final String VERSION_1 = """
            {
              "version" : 1,
              "theme" : "dark",
              "editorFontSize" : 16.0,
              "engineEndpoint" : "",
              "buildNetwork" : "host",
              "parallelBuilds" : true,
              "buildBackend" : "auto",
              "runtimeBases" : [ ]
            }
            """;

    @Test
    void aVersionOneHostWasTheOldDefaultAndBecomesTheEnginesDefaultOnce() throws Exception {
        Path file = store().file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, VERSION_1);
        PreferencesStore.Loaded loaded = store().load();
        assertEquals("default", loaded.values().network());
        assertTrue(loaded.values().darkTheme() && loaded.values().parallelBuilds() && loaded.values().fontSize() == 16,
                "the other settings are kept: " + loaded.values());
        assertEquals(PreferencesStore.HOST_WAS_DEFAULT, loaded.problem());
        assertTrue(loaded.problem().contains("Edit > Preferences"), loaded.problem());
        String rewritten = Files.readString(file);
        assertTrue(rewritten.contains("\"version\" : 2") && rewritten.contains("\"buildNetwork\" : \"default\""), rewritten);
        PreferencesStore.Loaded again = store().load();
        assertEquals("default", again.values().network());
        assertNull(again.problem(), "told once");
    }

    @Test
    void aFileWithoutAVersionIsVersionOne() throws Exception {
        Path file = store().file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"theme\": \"light\", \"buildNetwork\": \"host\"}\n");
        assertEquals("default", store().load().values().network());
    }

    @Test
    void aVersionOneNetworkOtherThanHostWasAChoiceAndStays() throws Exception {
        Path file = store().file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, VERSION_1.replace("\"host\"", "\"none\""));
        PreferencesStore.Loaded loaded = store().load();
        assertEquals("none", loaded.values().network());
        assertNull(loaded.problem());
    }

    @Test
    void hostChosenUnderVersionTwoIsTheUsersChoiceAndStays() throws Exception {
        PreferenceValues host = new PreferenceValues(false, 14, "", "host", false, BackendChoice.AUTO, List.of());
        store().save(host);
        assertTrue(Files.readString(store().file()).contains("\"version\" : 2"));
        PreferencesStore.Loaded loaded = store().load();
        assertEquals("host", loaded.values().network());
        assertNull(loaded.problem());
    }

    @Test
    void theDefaultsBuildOnTheEnginesDefaultNetwork() {
        assertEquals("default", PreferenceValues.defaults().network());
        assertEquals(null, new io.dockwright.engine.builds.BuildVariant("x", "FROM scratch\n", home, null, null,
                PreferenceValues.defaults().network(), false, "t").networkMode(), "no --network: the engine's default");
    }

    @Test
    void notAnObjectIsReported() throws Exception {
        Files.createDirectories(store().file().getParent());
        Files.writeString(store().file(), "[1, 2]");
        assertTrue(store().load().problem().contains("not a JSON object"));
    }

    @Test
    void preferencesApplyUserRulesToTheOptimizerTableAndSaveEachChange() throws Exception {
        Preferences prefs = new Preferences(store(), new SynchronousExecutor(), RuntimeBaseTable.bundled());
        assertEquals("python:3.7-slim", prefs.runtimeBases().lookup("python:3.7").orElseThrow().runtime());
        prefs.update(v -> new PreferenceValues(v.darkTheme(), v.fontSize(), v.engineEndpoint(), v.network(), v.parallelBuilds(),
                v.backend(), List.of(new BaseRule("python:*", "python:$1-alpine", "python"))));
        assertEquals("python:3.7-alpine", prefs.runtimeBases().lookup("python:3.7").orElseThrow().runtime());
        assertEquals("python:3.7-slim-bookworm", prefs.runtimeBases().lookup("python:3.7-bookworm").orElseThrow().runtime(),
                "an override stays where the bundled rule was, after the more specific ones");
        assertEquals(prefs.get(), store().load().values(), "saved");
    }
}
