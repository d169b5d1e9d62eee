package io.dockwright.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dockwright.concurrent.SynchronousExecutor;
import io.dockwright.engine.EngineConnector;
import io.dockwright.engine.discovery.HostEnvironment;
import io.dockwright.ui.build.EngineAccess;
import io.dockwright.ui.build.EngineViewModel;
import io.dockwright.ui.files.ExampleCatalog;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The welcome view model with the real example catalog, real files and real (failing) engine discovery. */
class WelcomeViewModelTest {
    @TempDir Path dir;
    private final SynchronousExecutor executor = new SynchronousExecutor();
    private final List<String> calls = new ArrayList<>();
    private final ObservableList<Path> recentPaths = FXCollections.observableArrayList();
    private EngineViewModel engine;
    private WelcomeViewModel vm;

    private final WelcomeViewModel.Actions actions = new WelcomeViewModel.Actions() {
        @Override public void open(Path file) { calls.add("open " + file.getFileName()); }
        @Override public void openExample(ExampleCatalog.Example example, String dockerfile) { calls.add("example " + example.name() + "/" + dockerfile); }
        @Override public void newFile() { calls.add("new"); }
        @Override public void openChooser() { calls.add("chooser"); }
        @Override public void forgetRecent(Path file) { calls.add("forget " + file.getFileName()); recentPaths.remove(file); }
        @Override public void preferences() { calls.add("preferences"); }
    };

    @BeforeEach
    void setUp() {
        ClassLoader loader = getClass().getClassLoader();
        EngineAccess access = new EngineAccess(executor, new HostEnvironment(Map.of(), dir), new EngineConnector());
        engine = new EngineViewModel(executor, access);
        vm = new WelcomeViewModel(executor, recentPaths, new ExampleCatalog(loader, dir.resolve("examples")),
                () -> readme(loader), engine, actions, "Linux");
    }

    private static String readme(ClassLoader loader) throws Exception {
        try (InputStream in = loader.getResourceAsStream("examples/README.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void recentFilesOpenWhenTheyExistAndMissingOnesAreMarkedAndRemovable() throws Exception {
        Path here = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\n");
        Path gone = dir.resolve("old/Dockerfile.gone");
        recentPaths.setAll(here, gone);
        assertEquals(List.of(new WelcomeViewModel.RecentEntry(here, true), new WelcomeViewModel.RecentEntry(gone, false)), vm.recent());
        vm.open(vm.recent().get(1));
        assertTrue(vm.messageProperty().get().contains("no longer exists"));
        assertTrue(calls.isEmpty(), "a missing file is not opened");
        vm.open(vm.recent().get(0));
        vm.remove(vm.recent().get(1));
        assertEquals(List.of("open Dockerfile", "forget Dockerfile.gone"), calls);
        assertEquals(List.of(new WelcomeViewModel.RecentEntry(here, true)), vm.recent(), "the list follows the recent files");
        Files.delete(here);
        vm.show();
        assertFalse(vm.recent().get(0).exists(), "showing again re-checks the files");
    }

    @Test
    void backReturnsOnlyWhenShownOverADocument() {
        vm.show();
        vm.back();
        assertTrue(vm.shownProperty().get(), "at start there is no document to go back to");
        assertFalse(vm.returnableProperty().get());
        vm.dismiss();
        vm.showOverDocument();
        assertTrue(vm.shownProperty().get() && vm.returnableProperty().get());
        vm.back();
        assertFalse(vm.shownProperty().get());
        assertFalse(vm.returnableProperty().get(), "a later start-up style show has nothing to go back to");
    }

    @Test
    void examplesComeFromTheCatalogWithTheirDescriptions() {
        WelcomeViewModel.ExampleEntry guide = vm.examples().stream().filter(e -> e.name().equals("python-guide")).findFirst().orElseThrow();
        assertEquals("Dockerfile", guide.dockerfiles().get(0));
        assertTrue(guide.description().startsWith("The Python app of the multi-stage builds guide"), guide.description());
        vm.openExample(guide, "Dockerfile.multistage");
        vm.newFile();
        vm.openOther();
        vm.preferences();
        assertEquals(List.of("example python-guide/Dockerfile.multistage", "new", "chooser", "preferences"), calls);
    }

    @Test
    void noEngineListsEveryAttemptAndTheUsersSystemComesFirstInTheHelp() {
        engine.endpointProperty().set("unix://" + dir.resolve("no-such/docker.sock"));
        vm.checkEngine();
        assertEquals(EngineViewModel.State.UNAVAILABLE, engine.stateProperty().get());
        assertEquals(1, engine.attempts().size());
        assertTrue(engine.attempts().get(0).toString().contains("no-such/docker.sock"), engine.attempts().toString());
        List<EngineHelp.Option> help = vm.engineHelp();
        assertEquals("Linux", help.get(0).system());
        assertTrue(help.get(0).mine());
        assertTrue(help.stream().anyMatch(o -> o.title().equals("Colima")));
        assertTrue(help.get(0).steps().stream().anyMatch(s -> "sudo systemctl enable --now docker".equals(s.command())));
        assertEquals("macOS", EngineHelp.forSystem("Mac OS X").get(0).system());
        assertEquals("Windows", EngineHelp.forSystem("Windows 11").get(0).system());
    }

    @Test
    void notesTakeTheFirstSentenceOfEachBullet() {
        Map<String, String> notes = ExampleNotes.parse("""
                # Examples
                - `a`: builds `x` (v1.2. and more). Second sentence.
                - `b`: wraps
                  onto a second line
                Other text.
                """);
        assertEquals(Map.of("a", "Builds x (v1.2. and more)", "b", "Wraps onto a second line"), notes);
    }
}
