package dev.cloudshop.product;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's structure: two features, the catalog (products and their stock) and the stock
 * reservations of the order saga, each a domain of plain Java (the catalog mapped by
 * META-INF/orm.xml) with its application service around it and web, persistence and messaging
 * at the edges. Reservations build on the catalog; the catalog knows nothing of them.
 */
class ArchitectureTests {

	private static final String DOMAIN = "dev.cloudshop.product.catalog";

	private static final String RESERVATION = "dev.cloudshop.product.reservation";

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
	void keepsTheReservationDomainFreeOfFrameworks() {
		classes().that()
			.resideInAPackage(RESERVATION)
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(RESERVATION, DOMAIN, "java.lang..", "java.util..", "java.time..")
			.because("reservations take units from the catalog's products and know no framework")
			.check(this.classes);
	}

	@Test
	void keepsTheLayersInOrder() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Web").definedBy(DOMAIN + ".web..")
			.layer("Application").definedBy(DOMAIN + ".application..", RESERVATION + ".application..")
			.layer("Persistence").definedBy(DOMAIN + ".persistence..", RESERVATION + ".persistence..")
			.layer("Messaging").definedBy(DOMAIN + ".messaging..", RESERVATION + ".messaging..")
			.layer("Domain").definedBy(DOMAIN, RESERVATION)
			.whereLayer("Web").mayNotBeAccessedByAnyLayer()
			.whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Messaging")
			.whereLayer("Persistence").mayOnlyBeAccessedByLayers("Application")
			.whereLayer("Messaging").mayOnlyBeAccessedByLayers("Application")
			.check(this.classes);
	}

	@Test
	void keepsTheCatalogUnawareOfReservations() {
		noClasses().that()
			.resideInAPackage(DOMAIN + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(RESERVATION + "..")
			.check(this.classes);
	}

	@Test
	void keepsKafkaAndTheOutboxInMessaging() {
		classes().that()
			.resideOutsideOfPackages(DOMAIN + ".messaging..", RESERVATION + ".messaging..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.apache.kafka..", "org.springframework.kafka..", "dev.cloudshop.support.outbox..",
					"dev.cloudshop.support.cloudevents..", "dev.cloudshop.support.consumer..")
			.check(this.classes);
	}

	@Test
	void keepsJpaInPersistence() {
		classes().that()
			.resideOutsideOfPackages(DOMAIN + ".persistence..", RESERVATION + ".persistence..")
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
