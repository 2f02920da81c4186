package dev.cloudshop.auth;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Users know nothing of tokens; token formats and keys stay in the token package. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.cloudshop.auth");

	@Test
	void keepsThePackagesFreeOfCycles() {
		slices().matching("dev.cloudshop.auth.(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void keepsUsersFreeOfTokens() {
		noClasses().that()
			.resideInAPackage("dev.cloudshop.auth.user..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.cloudshop.auth.token..", "org.springframework.security.oauth2..", "com.nimbusds..")
			.check(this.classes);
	}

	@Test
	void keepsJoseInTheTokenPackage() {
		noClasses().that()
			.resideOutsideOfPackage("dev.cloudshop.auth.token..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.nimbusds..", "org.springframework.security.oauth2.jwt..")
			.check(this.classes);
	}

}
