package vn.dvk.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture every module keeps: domain code is plain Java (no Spring, Kafka, Mongo, Jackson or web imports)
 * and feature packages do not depend on each other in cycles.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static void check(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "tools.jackson..", "com.fasterxml.jackson..", "jakarta.servlet..", "jakarta.persistence..",
                        "io.github.resilience4j..", "io.micrometer..")
                .because("domain code is plain Java")
                .allowEmptyShould(true)
                .check(classes);
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles()
                .because("feature packages must not depend on each other in cycles")
                .allowEmptyShould(true)
                .check(classes);
    }
}
