package dev.cloudshop.product;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The catalog's structure: a domain of plain Java (mapped by META-INF/orm.xml), the
 * application service around it, and web, persistence and messaging at the edges.
 */
class ArchitectureTests {

	private static final String DOMAIN = "dev.cloudshop.product.catalog";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.cloudshop.product");

	@Test
	void keepsTheDomainFreeOfFrameworks() {
		classes().that()
			.resideInAPackage(DOMAIN)
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(DOMAIN, "java.lang..", "java.math..", "java.util..", "java.time..")
			.because("the domain knows no web, messaging or persistence details")
			.check(this.classes);
	}

	@Test
	void keepsTheLayersInOrder() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Web").definedBy(DOMAIN + ".web..")
			.layer("Application").definedBy(DOMAIN + ".application..")
			.layer("Persistence").definedBy(DOMAIN + ".persistence..")
			.layer("Messaging").definedBy(DOMAIN + ".messaging..")
			.layer("Domain").definedBy(DOMAIN)
			.whereLayer("Web").mayNotBeAccessedByAnyLayer()
			.whereLayer("Application").mayOnlyBeAccessedByLayers("Web")
			.whereLayer("Persistence").mayOnlyBeAccessedByLayers("Application")
			.whereLayer("Messaging").mayOnlyBeAccessedByLayers("Application")
			.check(this.classes);
	}

	@Test
	void keepsKafkaAndTheOutboxInMessaging() {
		classes().that()
			.resideOutsideOfPackage(DOMAIN + ".messaging..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.apache.kafka..", "org.springframework.kafka..", "dev.cloudshop.support.outbox..",
					"dev.cloudshop.support.cloudevents..")
			.check(this.classes);
	}

	@Test
	void keepsJpaInPersistence() {
		classes().that()
			.resideOutsideOfPackage(DOMAIN + ".persistence..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("jakarta.persistence..", "org.hibernate..", "org.springframework.data.jpa..",
					"org.springframework.jdbc..")
			.check(this.classes);
	}

	@Test
	void hasNoCyclesBetweenPackages() {
		slices().matching("dev.cloudshop.product.(**)").should().beFreeOfCycles().check(this.classes);
	}

}
