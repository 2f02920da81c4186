package dev.cloudshop.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cloudshop repository as the checks read it: the root pom's modules, and among them the
 * service modules (those packaged as Spring Boot applications). Every fact the checks compare
 * the manifests with comes from these files, never from a list kept in the tests.
 */
final class Repository {

	static final Path ROOT = locateRoot();

	private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

	private static final Pattern PROJECT_VERSION = Pattern.compile(
			"<artifactId>cloudshop</artifactId>\\s*<version>([^<]+)</version>");

	private static List<ServiceModule> services;

	private Repository() {
	}

	static Path path(String relative) {
		return ROOT.resolve(relative);
	}

	static String read(String relative) {
		return read(path(relative));
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> modules() {
		List<String> modules = new ArrayList<>();
		Matcher matcher = MODULE.matcher(read("pom.xml"));
		while (matcher.find()) {
			modules.add(matcher.group(1).trim());
		}
		return modules;
	}

	/** Every module that builds a Spring Boot application: one image, one container each. */
	static synchronized List<ServiceModule> services() {
		if (services == null) {
			services = modules().stream()
				.filter(module -> read(module + "/pom.xml").contains("<artifactId>spring-boot-maven-plugin</artifactId>"))
				.map(ServiceModule::load)
				.toList();
		}
		return services;
	}

	static ServiceModule service(String name) {
		return services().stream()
			.filter(service -> service.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service module " + name));
	}

	/** The version images are tagged with: the project's, without -SNAPSHOT. */
	static String imageTag() {
		Matcher matcher = PROJECT_VERSION.matcher(read("pom.xml"));
		if (!matcher.find()) {
			throw new IllegalStateException("No project version in the root pom");
		}
		return matcher.group(1).replace("-SNAPSHOT", "");
	}

	static String image(ServiceModule service) {
		return "cloudshop/" + service.name() + ":" + imageTag();
	}

	private static Path locateRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			if (Files.isDirectory(dir.resolve("config-repo")) && Files.isRegularFile(dir.resolve("pom.xml"))
					&& Files.isRegularFile(dir.resolve("mvnw"))) {
				return dir;
			}
			dir = dir.getParent();
		}
		throw new IllegalStateException("Run the tests inside the Cloudshop repository");
	}

}
