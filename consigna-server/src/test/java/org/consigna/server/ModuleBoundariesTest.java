package org.consigna.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The core knows no module; a module reaches another module only through that module's
 * {@code api} package, and its api stands on its own; no package cycles; the domain is innermost;
 * resources and entities live in their layers. Runs over every module on the server's classpath.
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.consigna");

    /** The top package of the module a class belongs to, e.g. {@code org.consigna.inventory}; core is {@code org.consigna.platform}. */
    static String moduleOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length < 3 ? type.getPackageName() : parts[0] + "." + parts[1] + "." + parts[2];
    }

    @Test
    void theCoreImportsNoModule() {
        noClasses().that().resideInAPackage("org.consigna.platform..")
                .should().dependOnClassesThat(resideInAModule())
                .because("the core must not know any module")
                .check(CLASSES);
    }

    @Test
    void modulesReachEachOtherOnlyThroughApiPackages() {
        classes().that().resideOutsideOfPackages("org.consigna.platform..", "org.consigna.server..")
                .should(new ArchCondition<>("depend on another module only through its api package") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = moduleOf(item);
                        item.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            String other = moduleOf(target);
                            boolean crossModule = target.getPackageName().startsWith("org.consigna.")
                                    && !other.equals(own) && !other.equals("org.consigna.platform");
                            if (crossModule && !target.getPackageName().startsWith(other + ".api")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(CLASSES);
    }

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("org.consigna.(**)").should().beFreeOfCycles()
                .because("a cycle between packages makes neither understandable alone")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNothingOuter() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..interfaces..")
                .because("the domain is the innermost layer")
                .check(CLASSES);
    }

    @Test
    void resourcesLiveInTheRestLayer() {
        classes().that().areAnnotatedWith(Path.class)
                .should().resideInAnyPackage("..interfaces.rest..", "org.consigna.platform.web..")
                .because("HTTP is an outer layer: a module's resources are in interfaces.rest, the core's in platform.web")
                .check(CLASSES);
    }

    @Test
    void jsonGoesThroughTheOneProvider() {
        noClasses().that().resideOutsideOfPackages("org.consigna.platform.json..", "org.consigna.testsupport..", "org.consigna.bench..")
                .should().callMethodWhere(target(owner(type(jakarta.json.Json.class))))
                .because("jakarta.json.Json looks its provider up with a ServiceLoader on every call: use org.consigna.platform.json.JsonP")
                .check(CLASSES);
    }

    @Test
    void entitiesLiveInTheDomain() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain..")
                .because("entities are the domain's classes")
                .check(CLASSES);
        classes().that().areAnnotatedWith(Embeddable.class)
                .should().resideInAnyPackage("..domain..", "org.consigna.platform.value..")
                .because("values are a module's domain classes, or the core's shared values")
                .check(CLASSES);
    }

    @Test
    void aModulesApiDoesNotReachItsInternals() {
        classes().that().resideInAPackage("org.consigna.*.api..")
                .should(new ArchCondition<>("depend inside its module only on its api") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = moduleOf(item);
                        item.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            if (moduleOf(target).equals(own) && !target.getPackageName().startsWith(own + ".api")
                                    && !target.getPackageName().equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .because("other modules see only the api, so it must stand on its own")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> resideInAModule() {
        return new DescribedPredicate<>("reside in a module") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().startsWith("org.consigna.")
                        && !type.getPackageName().startsWith("org.consigna.platform");
            }
        };
    }
}
