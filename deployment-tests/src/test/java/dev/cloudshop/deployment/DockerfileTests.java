package dev.cloudshop.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/Dockerfile, read rather than built (no Docker engine here): one file for every service,
 * a JRE 25 base, Spring Boot's layers in the order the jars declare them, an unprivileged user, a
 * heap sized from the container's memory, and no HEALTHCHECK.
 */
class DockerfileTests {

	private static final Pattern LAYER_COPY = Pattern.compile("^COPY --from=\\S+ \\S*/extracted/([a-z-]+)/ \\./$");

	/** The instructions, continuation lines joined, comments dropped. */
	static List<String> instructions() {
		List<String> instructions = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : Repository.read("docker/Dockerfile").split("\n")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				current.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			current.append(trimmed);
			if (!current.isEmpty()) {
				instructions.add(current.toString().strip());
			}
			current.setLength(0);
		}
		return instructions;
	}

	private static List<String> finalStage() {
		List<String> instructions = instructions();
		int lastFrom = 0;
		for (int i = 0; i < instructions.size(); i++) {
			if (instructions.get(i).startsWith("FROM ")) {
				lastFrom = i;
			}
		}
		return instructions.subList(lastFrom, instructions.size());
	}

	/** The uid the image runs as (the Kubernetes manifests must run it as the same). */
	static int runtimeUser() {
		String user = finalStage().stream().filter(i -> i.startsWith("USER ")).reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("The image's last stage sets no USER"))
			.substring(5).strip();
		return Integer.parseInt(user.split(":")[0]);
	}

	@Test
	void buildsOnAJava25RuntimeImage() {
		List<String> bases = instructions().stream().filter(i -> i.startsWith("FROM ")).toList();
		assertThat(bases).isNotEmpty()
			.allSatisfy(from -> assertThat(from).matches("FROM eclipse-temurin:25(\\.[0-9._+]+)?-jre(-[a-z]+)?( AS \\w+)?"));
	}

	@Test
	void runsAsAnUnprivilegedUserWithANumericId() {
		assertThat(runtimeUser()).isGreaterThanOrEqualTo(1000);
		assertThat(finalStage()).anySatisfy(i -> assertThat(i).contains("useradd").contains("--uid " + runtimeUser()));
	}

	@Test
	void sizesTheHeapFromTheContainersMemory() {
		String entrypoint = finalStage().stream().filter(i -> i.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
		Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(entrypoint);
		assertThat(percentage.find()).as("MaxRAMPercentage in " + entrypoint).isTrue();
		assertThat(Double.parseDouble(percentage.group(1))).isBetween(50.0, 80.0);
		assertThat(entrypoint).doesNotContain("-Xmx").contains("\"-jar\", \"application.jar\"");
	}

	@Test
	void leavesHealthToTheOrchestrator() {
		assertThat(instructions()).noneMatch(i -> i.startsWith("HEALTHCHECK"));
	}

	@Test
	void copiesEveryServiceJarLayerByLayerInTheJarsOrder() throws IOException {
		assertThat(instructions()).contains("COPY ${SERVICE}/target/${SERVICE}.jar application.jar")
			.anySatisfy(i -> assertThat(i).contains("-Djarmode=tools").contains("extract --layers"));
		List<String> copiedLayers = finalStage().stream()
			.map(LAYER_COPY::matcher)
			.filter(Matcher::matches)
			.map(m -> m.group(1))
			.toList();
		for (ServiceModule service : Repository.services()) {
			assertThat(service.pom()).as(service + " jar name").contains("<finalName>${project.artifactId}</finalName>");
			Path jar = Repository.path(service.name() + "/target/" + service.name() + ".jar");
			assertThat(jar).as(service + " jar: build the service modules first (./mvnw verify does)").isRegularFile();
			assertThat(copiedLayers).as("layers of " + jar.getFileName()).isEqualTo(layers(jar));
		}
	}

	@Test
	void sendsOnlyTheServiceJarsToTheBuild() {
		List<String> ignore = Repository.read(".dockerignore").lines()
			.map(String::strip)
			.filter(l -> !l.isEmpty() && !l.startsWith("#"))
			.toList();
		assertThat(ignore.get(0)).isEqualTo("**");
		List<PathMatcher> admitted = ignore.stream().filter(l -> l.startsWith("!"))
			.map(l -> FileSystems.getDefault().getPathMatcher("glob:" + l.substring(1)))
			.toList();
		for (ServiceModule service : Repository.services()) {
			Path jar = Path.of(service.name(), "target", service.name() + ".jar");
			assertThat(admitted).as(jar + " in the build context").anyMatch(m -> m.matches(jar));
		}
		assertThat(admitted).as("sources stay out").noneMatch(m -> m.matches(Path.of("product-service", "pom.xml")));
	}

	private static List<String> layers(Path jar) {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			ZipEntry index = zip.getEntry("BOOT-INF/layers.idx");
			assertThat(index).as(jar + " is a layered jar").isNotNull();
			return new String(zip.getInputStream(index).readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> l.startsWith("- "))
				.map(l -> l.substring(2).replace("\"", "").replace(":", "").strip())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
