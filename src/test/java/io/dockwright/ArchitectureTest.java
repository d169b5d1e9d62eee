package io.dockwright;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: no JavaFX (or AWT/Swing UI) in the core packages. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.dockwright");

    private static final String[] DOMAIN = {
        "io.dockwright.dockerfile..", "io.dockwright.stages..", "io.dockwright.lint..",
        "io.dockwright.optimize..", "io.dockwright.engine..", "io.dockwright.compare..",
        "io.dockwright.concurrent..", "io.dockwright.cli..", "io.dockwright.files..", "io.dockwright.logging.."
    };

    @Test
    void domainHasNoJavaFx() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "atlantafx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void domainDoesNotDependOnUi() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.dockwright.ui..", "io.dockwright.app..")
                .check(CLASSES);
    }

    @Test
    void viewModelsNeverTouchControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.fxmisc..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
