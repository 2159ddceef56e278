package app.throughline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The service's feature packages form layers: each uses only those below it, so a change never
 * ripples upwards and new features stack on top. The README's Architecture section explains the order.
 */
class PackageStructureTest {

    /** Bottom first. A new feature package goes in here, above everything it uses. */
    static final List<String> LAYERS = List.of(
            "api",
            "platform",
            "auth",
            "idempotency",
            "workspace",
            "account",
            "activity",
            "events",
            "planning",
            "calendar",
            "team",
            "person",
            "workflow",
            "storedschedule",
            "project",
            "task",
            "attachment",
            "dependency",
            "milestone",
            "bulk",
            "approval",
            "flow",
            "schedule",
            "capacity",
            "leveling",
            "risk",
            "decision",
            "report",
            "metrics",
            "importing",
            "procedure",
            "template",
            "portfolio",
            "notification",
            "webhook",
            "feed",
            "search",
            "demo");

    static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("app.throughline");

    static final JavaClasses ENGINE = new ClassFileImporter()
            .importPackages("app.throughline.schedule.engine", "app.throughline.leveling.engine");

    @Test
    void featurePackagesImportEachOtherInNoLoop() {
        slices().matching("app.throughline.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void eachFeaturePackageUsesOnlyThePackagesBelowIt() {
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream()
                    .map(p -> "app.throughline." + p + "..")
                    .toArray(String[]::new);
            if (above.length == 0) {
                continue;
            }
            noClasses()
                    .that()
                    .resideInAPackage("app.throughline." + LAYERS.get(i) + "..")
                    .and()
                    .resideOutsideOfPackages("app.throughline.schedule.engine..", "app.throughline.leveling.engine..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(above)
                    .because(LAYERS.get(i) + " sits below " + String.join(", ", LAYERS.subList(i + 1, LAYERS.size())))
                    .check(SERVICE);
        }
    }

    @Test
    void everyFeaturePackageHasItsPlaceInTheLayers() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : SERVICE) {
            String name = type.getPackageName();
            if (name.startsWith("app.throughline.") && !name.contains(".engine")) {
                packages.add(name.substring("app.throughline.".length()).split("\\.")[0]);
            }
        }
        assertThat(LAYERS).containsAll(packages);
    }

    @Test
    void theEnginesUseOnlyTheJavaLibrary() {
        assertThat(ENGINE.size()).isGreaterThan(20);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "java..", "app.throughline.schedule.engine..", "app.throughline.leveling.engine..")
                .check(ENGINE);
    }
}
