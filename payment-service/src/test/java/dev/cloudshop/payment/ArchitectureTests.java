package dev.cloudshop.payment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's structure: two features (account, payment), each a domain of plain Java
 * (mapped by META-INF/orm.xml) with its application service around it and web, persistence and
 * messaging at the edges; the shared {@code web} package holds security and the service-wide
 * Problem Details. Payments reach accounts only through the account feature's application
 * service, and accounts know nothing of payments.
 */
class ArchitectureTests {

	private static final String ACCOUNT = "dev.cloudshop.payment.account";

	private static final String PAYMENT = "dev.cloudshop.payment.payment";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.cloudshop.payment");

	@ParameterizedTest
	@ValueSource(strings = { ACCOUNT, PAYMENT })
	void keepsTheDomainFreeOfFrameworks(String domain) {
		classes().that()
			.resideInAPackage(domain)
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(domain, "java.lang..", "java.math..", "java.util..", "java.time..")
			.because("the domain knows no web, messaging or persistence details")
			.check(this.classes);
	}

	@ParameterizedTest
	@ValueSource(strings = { ACCOUNT, PAYMENT })
	void keepsTheLayersInOrder(String feature) {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Web").definedBy(feature + ".web..")
			.layer("Application").definedBy(feature + ".application..")
			.layer("Persistence").definedBy(feature + ".persistence..")
			.layer("Messaging").definedBy(feature + ".messaging..")
			.layer("Domain").definedBy(feature)
			.whereLayer("Web").mayNotBeAccessedByAnyLayer()
			.whereLayer("Messaging").mayNotBeAccessedByAnyLayer()
			.whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Messaging")
			.whereLayer("Persistence").mayOnlyBeAccessedByLayers("Application")
			.check(this.classes);
	}

	@Test
	void letsPaymentsReachAccountsOnlyThroughTheirApplicationService() {
		noClasses().that()
			.resideInAPackage(PAYMENT + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ACCOUNT + ".persistence..", ACCOUNT + ".messaging..", ACCOUNT + ".web..")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage(ACCOUNT + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(PAYMENT + "..")
			.because("accounts know nothing of payments")
			.check(this.classes);
	}

	@Test
	void keepsKafkaAndTheOutboxInMessaging() {
		classes().that()
			.resideOutsideOfPackages(ACCOUNT + ".messaging..", PAYMENT + ".messaging..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.apache.kafka..", "org.springframework.kafka..", "dev.cloudshop.support.outbox..",
					"dev.cloudshop.support.cloudevents..", "dev.cloudshop.support.consumer..")
			.check(this.classes);
	}

	@Test
	void keepsJpaAndJdbcInPersistence() {
		classes().that()
			.resideOutsideOfPackages(ACCOUNT + ".persistence..", PAYMENT + ".persistence..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("jakarta.persistence..", "org.hibernate..", "org.springframework.data.jpa..",
					"org.springframework.jdbc..")
			.check(this.classes);
	}

	@Test
	void hasNoCyclesBetweenPackages() {
		slices().matching("dev.cloudshop.payment.(**)").should().beFreeOfCycles().check(this.classes);
	}

}
