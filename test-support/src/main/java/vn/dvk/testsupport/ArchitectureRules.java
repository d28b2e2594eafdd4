package vn.dvk.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture every module keeps: inside each feature, adapters depend on application services, which depend on
 * the domain, and nothing points back up; domain code is plain Java (no Spring, Kafka, Mongo, Jackson or web
 * imports); application services reach storage, the broker and the web only through ports; feature packages do not
 * depend on each other in cycles.
 */
public final class ArchitectureRules {

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.apache.kafka..", "com.mongodb..",
            "org.bson..", "tools.jackson..", "com.fasterxml.jackson..", "jakarta.servlet..", "jakarta.persistence..",
            "io.github.resilience4j..", "io.micrometer.."};

    private static final String[] INFRASTRUCTURE = {"org.springframework.data..", "com.mongodb..", "org.bson..",
            "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
            "org.springframework.kafka..", "org.springframework.messaging..", "org.springframework.cloud.stream..",
            "org.apache.kafka.."};

    private ArchitectureRules() {
    }

    public static void check(String rootPackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("..domain..")
                .layer("Application").definedBy("..application..")
                .layer("Adapter").definedBy("..adapter..")
                .whereLayer("Adapter").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapter")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapter")
                .withOptionalLayers(true)
                .because("dependencies point inward: adapter -> application -> domain")
                .check(classes);
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain code is plain Java")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.dvk.platform.outbox.AggregateStore")
                .because("application services reach storage, the broker and the web through the ports of their"
                        + " domain, which adapters implement")
                .allowEmptyShould(true)
                .check(classes);
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles()
                .because("feature packages must not depend on each other in cycles")
                .allowEmptyShould(true)
                .check(classes);
    }
}
