package app.contactshield.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the module layering of ARCHITECTURE.md true: arrows point from user to used, toolkits stay at the top. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.contactshield");
    }

    @Test
    void graphSyncKnowsNothingOfJavaFxBluetoothOrTheModulesAboveIt() {
        noClasses().that().resideInAPackage("app.contactshield.graphsync..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "app.contactshield.callerid..", "app.contactshield.desktop..",
                        "org.freedesktop.dbus..")
                .check(classes);
    }

    @Test
    void callerIdKnowsNothingOfJavaFxOrTheDesktopApp() {
        noClasses().that().resideInAPackage("app.contactshield.callerid..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "app.contactshield.desktop..")
                .check(classes);
    }

    @Test
    void onlyTheDesktopAppTouchesTheJavaFxThread() {
        noClasses().that().resideOutsideOfPackage("app.contactshield.desktop..")
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable")
                .check(classes);
    }

    @Test
    void noPackageCycleCrossesAModuleBoundary() {
        slices().matching("app.contactshield.(*)..").should().beFreeOfCycles().check(classes);
    }
}
