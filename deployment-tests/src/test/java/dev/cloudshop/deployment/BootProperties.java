package dev.cloudshop.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot's own properties, from the configuration metadata its jars ship, under the names
 * environment variables give them (logging.structured.format.console is
 * LOGGING_STRUCTURED_FORMAT_CONSOLE). A variable that is no placeholder must be one of these.
 */
final class BootProperties {

	private static final Set<String> NAMES = new HashSet<>();

	private static final Set<String> MAP_PREFIXES = new HashSet<>();

	static {
		try {
			for (URL url : Collections.list(BootProperties.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream in = url.openStream()) {
					JsonNode metadata = JsonMapper.shared().readTree(in);
					for (JsonNode property : metadata.path("properties")) {
						String environmentName = environmentName(property.path("name").asString());
						NAMES.add(environmentName);
						if (property.path("type").asString("").startsWith("java.util.Map")) {
							MAP_PREFIXES.add(environmentName + "_");
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private BootProperties() {
	}

	static boolean binds(String variable) {
		return NAMES.contains(variable) || MAP_PREFIXES.stream().anyMatch(variable::startsWith);
	}

	/** Spring Boot's relaxed binding from the environment: dots become underscores, dashes go. */
	static String environmentName(String property) {
		return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
	}

}
