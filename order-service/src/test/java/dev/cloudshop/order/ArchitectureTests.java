package dev.cloudshop.order;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The service's structure: the order aggregate and the saga are plain Java (the saga knows the
 * order, never the other way round); around them the application services, and web,
 * persistence, messaging and the pricing client at the edges, each technology in its place.
 */
class ArchitectureTests {

	private static final String ROOT = "dev.cloudshop.order";

	private static final String ORDER = ROOT + ".order";

	private static final String SAGA = ROOT + ".saga";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void keepsTheOrderFreeOfFrameworksAndOfTheSaga() {
		classes().that()
			.resideInAPackage(ORDER)
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(ORDER, "java.lang..", "java.math..", "java.util..", "java.time..")
			.because("the aggregate knows no web, messaging, persistence or saga details")
			.check(this.classes);
	}

	@Test
	void keepsTheSagaPure() {
		classes().that()
			.resideInAPackage(SAGA)
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(SAGA, ORDER, "java.lang..", "java.math..", "java.util..", "java.time..")
			.because("the saga's decisions are tested without Spring, Kafka or a database")
			.check(this.classes);
	}

	@Test
	void letsNothingButTheWebLayerServeHttp() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + "..web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + "..web..", "org.springframework.web.bind..", "org.springframework.web.servlet..",
					"org.springframework.security..")
			.check(this.classes);
	}

	@Test
	void keepsKafkaAndTheOutboxInMessaging() {
		classes().that()
			.resideOutsideOfPackage(ROOT + "..messaging..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.apache.kafka..", "org.springframework.kafka..", "dev.cloudshop.support.outbox..",
					"dev.cloudshop.support.cloudevents..", "dev.cloudshop.support.consumer..")
			.check(this.classes);
	}

	@Test
	void keepsJpaAndJdbcInPersistence() {
		classes().that()
			.resideOutsideOfPackage(ROOT + "..persistence..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("jakarta.persistence..", "org.hibernate..", "org.springframework.data.jpa..",
					"org.springframework.jdbc..")
			.check(this.classes);
	}

	@Test
	void keepsTheCallToProductServiceInCheckout() {
		classes().that()
			.resideOutsideOfPackage(ROOT + ".checkout..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.springframework.web.client..", "org.springframework.cloud.client..",
					"io.github.resilience4j..")
			.check(this.classes);
	}

	@Test
	void reachesTheMessagingAndPersistenceOfAFeatureOnlyFromApplicationServices() {
		noClasses().that()
			.resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + "..persistence..")
			.check(this.classes);
		noClasses().that()
			.resideOutsideOfPackage(ROOT + "..messaging..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + "..messaging..")
			.because("messaging adapters plug in through interfaces of the application (OrderOutbox)")
			.check(this.classes);
	}

	@Test
	void hasNoCyclesBetweenPackages() {
		slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(this.classes);
	}

}
