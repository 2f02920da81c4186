package dev.cloudshop.review;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's structure: two features (review, the aggregate; product, the known-products
 * projection), each a domain of plain Java with its application service around it and web,
 * persistence and messaging at the edges. Reviews reach known products only through the
 * product feature's application service.
 */
class ArchitectureTests {

	private static final String REVIEW = "dev.cloudshop.review.review";

	private static final String PRODUCT = "dev.cloudshop.review.product";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.cloudshop.review");

	@ParameterizedTest
	@ValueSource(strings = { REVIEW, PRODUCT })
	void keepsTheDomainFreeOfFrameworks(String domain) {
		classes().that()
			.resideInAPackage(domain)
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(domain, "java.lang..", "java.util..", "java.time..")
			.because("the domain knows no web, messaging or persistence details")
			.check(this.classes);
	}

	@ParameterizedTest
	@ValueSource(strings = { REVIEW, PRODUCT })
	void keepsTheLayersInOrder(String feature) {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.withOptionalLayers(true)
			.layer("Web").definedBy(feature + ".web..")
			.layer("Application").definedBy(feature + ".application..")
			.layer("Persistence").definedBy(feature + ".persistence..")
			.layer("Messaging").definedBy(feature + ".messaging..")
			.layer("Domain").definedBy(feature)
			.whereLayer("Web").mayNotBeAccessedByAnyLayer()
			.whereLayer("Persistence").mayOnlyBeAccessedByLayers("Application")
			.check(this.classes);
	}

	@Test
	void letsReviewsReachKnownProductsOnlyThroughTheirApplicationService() {
		noClasses().that()
			.resideInAPackage(REVIEW + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(PRODUCT + ".persistence..", PRODUCT + ".messaging..")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage(PRODUCT + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(REVIEW + "..")
			.because("the projection knows nothing of reviews")
			.check(this.classes);
	}

	@Test
	void keepsKafkaAndTheOutboxInMessaging() {
		classes().that()
			.resideOutsideOfPackages(REVIEW + ".messaging..", PRODUCT + ".messaging..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.apache.kafka..", "org.springframework.kafka..", "dev.cloudshop.support.outbox..",
					"dev.cloudshop.support.cloudevents..", "dev.cloudshop.support.consumer..")
			.check(this.classes);
	}

	@Test
	void keepsJpaAndJdbcInPersistence() {
		classes().that()
			.resideOutsideOfPackages(REVIEW + ".persistence..", PRODUCT + ".persistence..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("jakarta.persistence..", "org.hibernate..", "org.springframework.data.jpa..",
					"org.springframework.jdbc..")
			.check(this.classes);
	}

	@Test
	void hasNoCyclesBetweenPackages() {
		slices().matching("dev.cloudshop.review.(**)").should().beFreeOfCycles().check(this.classes);
	}

}
