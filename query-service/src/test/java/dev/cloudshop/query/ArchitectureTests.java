package dev.cloudshop.query;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The structure of every read model (feature): a model of plain Java (events, ordering and
 * merge rules, view shapes), the projection that applies events and the application that answers
 * queries, and web, persistence and messaging at the edges. Each read model stays a feature of
 * its own; they share only the HTTP pieces in {@code dev.cloudshop.query.web} and the projection
 * infrastructure in {@code dev.cloudshop.query.projection}, which know no read model.
 */
class ArchitectureTests {

	private static final String ROOT = "dev.cloudshop.query";

	private static final String SHARED_WEB = ROOT + ".web";

	private static final String SHARED_PROJECTION = ROOT + ".projection";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@ParameterizedTest
	@ValueSource(strings = { "catalog", "orders", "sales" })
	void keepsTheModelFreeOfFrameworks(String feature) {
		String model = ROOT + "." + feature;
		classes().that()
			.resideInAPackage(model)
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(model, SHARED_PROJECTION, "java.lang..", "java.math..", "java.util..", "java.time..")
			.because("the model of a read model knows no web, messaging or persistence details")
			.check(this.classes);
	}

	@ParameterizedTest
	@ValueSource(strings = { "catalog", "orders", "sales" })
	void keepsTheLayersInOrder(String feature) {
		String model = ROOT + "." + feature;
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Web").definedBy(model + ".web..")
			.layer("Messaging").definedBy(model + ".messaging..")
			.layer("Application").definedBy(model + ".application..")
			.layer("Projection").definedBy(model + ".projection..")
			.layer("Persistence").definedBy(model + ".persistence..")
			.layer("Model").definedBy(model)
			.whereLayer("Web").mayNotBeAccessedByAnyLayer()
			.whereLayer("Messaging").mayNotBeAccessedByAnyLayer()
			.whereLayer("Application").mayOnlyBeAccessedByLayers("Web")
			.whereLayer("Projection").mayOnlyBeAccessedByLayers("Web", "Messaging", "Application")
			.whereLayer("Persistence").mayOnlyBeAccessedByLayers("Application", "Projection")
			.check(this.classes);
	}

	@Test
	void keepsTheReadModelsApart() {
		slices().matching(ROOT + ".(*)..")
			.should()
			.notDependOnEachOther()
			.ignoreDependency(DescribedPredicate.<JavaClass>alwaysTrue(),
					JavaClass.Predicates.resideInAnyPackage(SHARED_WEB, SHARED_PROJECTION + ".."))
			.check(this.classes);
	}

	@Test
	void keepsTheSharedProjectionFreeOfReadModelsAndTheirEdges() {
		classes().that()
			.resideInAPackage(SHARED_PROJECTION + "..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages(ROOT + ".catalog..", ROOT + ".orders..", ROOT + ".sales..", SHARED_WEB + "..",
					"org.springframework..")
			.because("the shared projection infrastructure knows no read model, and each read model makes its own beans")
			.check(this.classes);
	}

	@Test
	void keepsKafkaInMessaging() {
		classes().that()
			.resideOutsideOfPackage(ROOT + ".*.messaging..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.apache.kafka..", "org.springframework.kafka..",
					"dev.cloudshop.support.cloudevents..", "dev.cloudshop.support.consumer..")
			.check(this.classes);
	}

	@Test
	void keepsSqlInPersistence() {
		classes().that()
			.resideOutsideOfPackage(ROOT + ".*.persistence..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.springframework.jdbc..", "java.sql..", "javax.sql..")
			.check(this.classes);
	}

	@Test
	void keepsHttpInWeb() {
		classes().that()
			.resideOutsideOfPackages(ROOT + ".*.web..", SHARED_WEB + "..")
			.should()
			.onlyDependOnClassesThat()
			.resideOutsideOfPackages("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
			.check(this.classes);
	}

	@Test
	void hasNoCyclesBetweenPackages() {
		slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(this.classes);
	}

}
