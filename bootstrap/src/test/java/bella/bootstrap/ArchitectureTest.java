package bella.bootstrap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The arrows of the hexagon: a build fails when a layer reaches where it must not. */
@AnalyzeClasses(packages = "bella", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNoFrameworkNorVendor = noClasses()
            .that().resideInAPackage("bella.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "com.twilio..", "com.google..", "java.sql..", "javax.sql..",
                    "jakarta..", "com.fasterxml..", "bella.application..", "bella.adapters..", "bella.bootstrap..");

    @ArchTest
    static final ArchRule applicationReachesNoAdapter = noClasses()
            .that().resideInAPackage("bella.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "bella.adapters..", "bella.bootstrap..", "org.springframework..", "com.twilio..",
                    "com.google.api..", "com.google.auth..", "java.sql..", "javax.sql..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule twilioAdapterReachesNoOtherAdapter = noClasses()
            .that().resideInAPackage("bella.adapters.twilio..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "bella.adapters.calendar..", "bella.adapters.persistence..", "bella.bootstrap..");

    @ArchTest
    static final ArchRule calendarAdapterReachesNoOtherAdapter = noClasses()
            .that().resideInAPackage("bella.adapters.calendar..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "bella.adapters.twilio..", "bella.adapters.persistence..", "bella.bootstrap..");

    @ArchTest
    static final ArchRule persistenceAdapterReachesNoOtherAdapter = noClasses()
            .that().resideInAPackage("bella.adapters.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "bella.adapters.twilio..", "bella.adapters.calendar..", "bella.bootstrap..");

    @ArchTest
    static final ArchRule speechAdapterReachesNoOtherAdapter = noClasses()
            .that().resideInAPackage("bella.adapters.speech..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "bella.adapters.twilio..", "bella.adapters.calendar..", "bella.adapters.persistence..",
                    "bella.bootstrap..", "org.springframework..");
}
