package io.dockwright.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.builds.BackendChoice;
import io.dockwright.optimize.RuntimeBaseTable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's working copy against real preferences saved in a temp folder. */
class PreferencesViewModelTest {
    @TempDir Path home;
    private PreferencesStore store;
    private Preferences prefs;
    private PreferencesViewModel vm;

    @BeforeEach
    void setUp() {
        store = new PreferencesStore(home.resolve("preferences.json"), null, Clock.systemUTC());
        prefs = new Preferences(store, new SynchronousExecutor(), RuntimeBaseTable.bundled());
        vm = new PreferencesViewModel(prefs);
    }

    @Test
    void opensWithTheBundledTableAndNoProblems() {
        assertEquals(RuntimeBaseTable.bundled().rules().size(), vm.rules().size());
        assertTrue(vm.rules().stream().allMatch(r -> r.originProperty().get().equals("bundled")));
        assertTrue(vm.problems().isEmpty(), vm.problems().toString());
        assertEquals("→ python:3.12-slim (rule python:*)", vm.tryResultProperty().get());
    }

    @Test
    void aBadEndpointIsExplainedAndNotApplied() {
        vm.autoEndpointProperty().set(false);
        assertTrue(vm.endpointProblemProperty().get().contains("type one"), "an empty custom endpoint is not valid");
        vm.endpointProperty().set("tcp://build-box");
        assertEquals(List.of("Engine endpoint \"tcp://build-box\": the port is missing (usually 2375, or 2376 with TLS); use tcp://build-box:2375"), vm.problems());
        assertFalse(vm.apply());
        assertEquals("", prefs.get().engineEndpoint());
        vm.endpointProperty().set("tcp://build-box:2376");
        assertNull(vm.endpointProblemProperty().get());
        assertTrue(vm.apply());
        assertEquals("tcp://build-box:2376", prefs.get().engineEndpoint());
        assertEquals("tcp://build-box:2376", store.load().values().engineEndpoint(), "saved to disk");
    }

    @Test
    void editedAddedAndRevertedRulesBecomeTheUsersRules() {
        RuleRow python = vm.rules().stream().filter(r -> r.matchProperty().get().equals("python:*")).findFirst().orElseThrow();
        python.runtimeProperty().set("python:$1-alpine");
        assertEquals("changed", python.originProperty().get());
        RuleRow mine = vm.addRule();
        assertEquals(0, vm.rules().indexOf(mine), "additions go before the bundled rules");
        mine.matchProperty().set("myco/app:*");
        mine.runtimeProperty().set("myco/app:$2");
        assertEquals(List.of("Runtime bases, row 1: runtime \"myco/app:$2\" uses $2 but pattern \"myco/app:*\" has only one *"),
                vm.problems());
        assertFalse(vm.apply());
        mine.runtimeProperty().set("myco/runtime:$1");
        vm.tryImageProperty().set("myco/app:7");
        assertEquals("→ myco/runtime:7 (rule myco/app:*)", vm.tryResultProperty().get());
        RuleRow second = vm.addRule();
        second.matchProperty().set("myco/tool");
        vm.move(second, -1);
        assertEquals(0, vm.rules().indexOf(second));
        vm.move(python, -1); // bundled rows do not move
        assertTrue(vm.apply());
        assertEquals(List.of(new BaseRule("myco/tool", "", ""), new BaseRule("myco/app:*", "myco/runtime:$1", ""),
                new BaseRule("python:*", "python:$1-alpine", "python")), prefs.get().baseRules());
        assertEquals("python:3.7-alpine", prefs.runtimeBases().lookup("python:3.7").orElseThrow().runtime());

        PreferencesViewModel reopened = new PreferencesViewModel(prefs);
        assertEquals(RuntimeBaseTable.bundled().rules().size() + 2, reopened.rules().size());
        reopened.removeOrRevert(reopened.rules().get(0));
        RuleRow changed = reopened.rules().stream().filter(r -> r.originProperty().get().equals("changed")).findFirst().orElseThrow();
        reopened.removeOrRevert(changed);
        assertEquals("python:$1-slim", changed.runtimeProperty().get(), "reverted to the bundled runtime");
        assertEquals(List.of(new BaseRule("myco/app:*", "myco/runtime:$1", "")), reopened.values().baseRules());
        reopened.resetRules();
        assertTrue(reopened.values().baseRules().isEmpty());
    }

    @Test
    void buildOptionsAndThemeAreApplied() {
        vm.darkProperty().set(true);
        vm.networkProperty().set("none");
        vm.parallelProperty().set(true);
        vm.backendProperty().set(BackendChoice.BUILDKIT_CLI);
        vm.fontSizeProperty().set(20);
        assertTrue(vm.apply());
        assertEquals(new PreferenceValues(true, 20, "", "none", true, BackendChoice.BUILDKIT_CLI, List.of()), prefs.get());
        vm.networkProperty().set("bridge");
        assertEquals(List.of("Build network: choose one of default, host, none"), vm.problems());
    }
}
