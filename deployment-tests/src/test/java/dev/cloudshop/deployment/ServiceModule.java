package dev.cloudshop.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service module as its code describes it: its pom, its own application.yml and, for a client
 * of config-service, the config-repo/ files config-service serves it. Profile-specific documents
 * are left out: the containers run with no profile active.
 */
record ServiceModule(String name, String pom, List<Map<String, Object>> documents) {

	/** An environment variable a configuration file reads, ${NAME} or ${NAME:default}, and the properties that read it. */
	record Placeholder(String variable, String defaultValue, Set<String> properties) {
	}

	/** The database a service owns, read from its spring.datasource settings. */
	record Database(String name, String user, String passwordVariable) {
	}

	static final String AUTHORIZATION_SERVER_ISSUER = "spring.security.oauth2.authorizationserver.issuer";

	static final String RESOURCE_SERVER_ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

	static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	/** The origins browsers may call the API from (CORS): names the browser sees, never connected to. */
	static final String CORS_ALLOWED_ORIGINS = "cloudshop.gateway.cors.allowed-origins";

	/**
	 * ${VAR} or ${VAR:default}; the default may hold braces of its own: a reference,
	 * ${VAR:${some.property}/path}, or a hash's id, ${VAR:{bcrypt}...}.
	 */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::((?:[^{}]|\\$?\\{[^{}]*})*))?}");

	/** A reference to another property, ${some.property}, as a default may hold. */
	private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([a-z][a-z0-9.-]*)}");

	static ServiceModule load(String name) {
		Path own = Repository.path(name + "/src/main/resources/application.yml");
		List<Map<String, Object>> ownDocuments = activeDocuments(own);
		List<Map<String, Object>> documents = new ArrayList<>();
		String configImport = String.valueOf(firstValue(ownDocuments, "spring.config.import"));
		if (configImport.contains("configserver:")) {
			// What config-service serves it, in Spring Cloud Config's precedence: its own file first
			documents.addAll(activeDocuments(Repository.path("config-repo/" + name + ".yml")));
			documents.addAll(activeDocuments(Repository.path("config-repo/application.yml")));
		}
		documents.addAll(ownDocuments);
		return new ServiceModule(name, Repository.read(name + "/pom.xml"), List.copyOf(documents));
	}

	private static List<Map<String, Object>> activeDocuments(Path file) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		return Yaml.loadAll(Repository.read(file))
			.stream()
			.filter(document -> Yaml.at(document, "spring.config.activate.on-profile") == null)
			.map(Yaml::flatten)
			.toList();
	}

	private static Object firstValue(List<Map<String, Object>> documents, String key) {
		return documents.stream().filter(d -> d.containsKey(key)).map(d -> d.get(key)).findFirst().orElse(null);
	}

	/** The value a key has for this service, placeholders left as written. */
	Optional<String> property(String key) {
		return Optional.ofNullable(firstValue(documents, key)).map(String::valueOf);
	}

	/** The value with each ${VAR:default} replaced by its default, and each ${some.property} by that property's value. */
	Optional<String> propertyWithDefaults(String key) {
		return property(key).map(this::withDefaults);
	}

	private String withDefaults(String value) {
		String defaults = PLACEHOLDER.matcher(value)
			.replaceAll(match -> Matcher.quoteReplacement((match.group(2) != null) ? match.group(2) : ""));
		return PROPERTY_REFERENCE.matcher(defaults)
			.replaceAll(match -> Matcher.quoteReplacement(propertyWithDefaults(match.group(1)).orElse("")));
	}

	int port() {
		return Integer.parseInt(property("server.port")
			.orElseThrow(() -> new IllegalStateException(name + " sets no server.port in its application.yml")));
	}

	private boolean dependsOn(String artifactId) {
		return pom.contains("<artifactId>" + artifactId + "</artifactId>");
	}

	boolean importsConfigServer() {
		return property("spring.config.import").orElse("").contains("configserver:");
	}

	boolean isConfigServer() {
		return dependsOn("spring-cloud-config-server");
	}

	boolean isEurekaServer() {
		return dependsOn("spring-cloud-starter-netflix-eureka-server");
	}

	boolean isEurekaClient() {
		return dependsOn("spring-cloud-starter-netflix-eureka-client");
	}

	boolean isGateway() {
		return pom.contains("<artifactId>spring-cloud-starter-gateway");
	}

	/** Spring Authorization Server: it signs people in, so browsers and the CLI reach it directly. */
	boolean isAuthorizationServer() {
		return dependsOn("spring-boot-starter-security-oauth2-authorization-server")
				|| dependsOn("spring-security-oauth2-authorization-server");
	}

	/**
	 * Whether any replica can serve any request. Eureka keeps its registry in memory; an
	 * authorization server without a database keeps sign-in sessions and authorization codes there.
	 */
	boolean isStateless() {
		return !isEurekaServer() && !(isAuthorizationServer() && database().isEmpty());
	}

	/**
	 * The role NetworkPolicies select it by: platform (registry, configuration), edge (gateway),
	 * identity (authorization server) or business.
	 */
	String component() {
		if (isConfigServer() || isEurekaServer()) {
			return "platform";
		}
		if (isAuthorizationServer()) {
			return "identity";
		}
		return isGateway() ? "edge" : "business";
	}

	/**
	 * The variables that hold an issuer: the public URL people sign in through, which tokens carry
	 * as {@code iss}. A name, not an address the container connects to: the authorization server
	 * only announces it, and a resource server that takes its keys from jwk-set-uri only compares
	 * it with each token's {@code iss}.
	 */
	Set<String> issuerVariables() {
		boolean keysElsewhere = property(JWK_SET_URI).isPresent();
		Set<String> variables = new LinkedHashSet<>();
		placeholders().values().forEach(placeholder -> {
			boolean issuerOnly = placeholder.properties().stream()
				.allMatch(p -> p.equals(AUTHORIZATION_SERVER_ISSUER) || (p.equals(RESOURCE_SERVER_ISSUER) && keysElsewhere));
			if (issuerOnly) {
				variables.add(placeholder.variable());
			}
		});
		return variables;
	}

	/** The variable this service's own issuer (authorization server) or expected issuer (resource server) comes from. */
	Optional<String> issuerVariable() {
		return variableOf(isAuthorizationServer() ? AUTHORIZATION_SERVER_ISSUER : RESOURCE_SERVER_ISSUER);
	}

	/** The first environment variable a property's value reads, if it reads one. */
	Optional<String> variableOf(String key) {
		return property(key).map(PLACEHOLDER::matcher).filter(Matcher::find).map(m -> m.group(1));
	}

	/** The environment minus the public names (the issuer, CORS origins): what the container connects to. */
	Map<String, String> addressesIn(Map<String, String> environment) {
		Map<String, String> addresses = new LinkedHashMap<>(environment);
		addresses.keySet().removeAll(issuerVariables());
		variableOf(CORS_ALLOWED_ORIGINS).ifPresent(addresses::remove);
		return addresses;
	}

	boolean usesKafka() {
		return dependsOn("spring-boot-starter-kafka") || dependsOn("spring-kafka") || dependsOn("support");
	}

	boolean exportsTraces() {
		return dependsOn("spring-boot-starter-zipkin");
	}

	boolean exposesPrometheus() {
		return dependsOn("micrometer-registry-prometheus")
				&& property("management.endpoints.web.exposure.include").orElse("").contains("prometheus");
	}

	boolean healthProbesEnabled() {
		return property("management.endpoint.health.probes.enabled").map(Boolean::parseBoolean).orElse(false);
	}

	/** Where Actuator listens: the management port if one is set, else the application's port. */
	int managementPort() {
		return property("management.server.port").map(Integer::parseInt).orElse(port());
	}

	String actuatorPath(String endpoint) {
		return property("management.endpoints.web.base-path").orElse("/actuator") + "/" + endpoint;
	}

	Optional<Database> database() {
		return propertyWithDefaults("spring.datasource.url").map(url -> {
			String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
			String user = property("spring.datasource.username")
				.orElseThrow(() -> new IllegalStateException(name + ": a datasource without a username"));
			String password = property("spring.datasource.password").orElse("");
			Matcher matcher = PLACEHOLDER.matcher(password);
			if (!matcher.matches()) {
				throw new IllegalStateException(name + ": the database password must come from an environment variable");
			}
			return new Database(database, user, matcher.group(1));
		});
	}

	/** Every ${VAR} the service's configuration reads, with the properties it feeds. */
	Map<String, Placeholder> placeholders() {
		Map<String, Placeholder> placeholders = new LinkedHashMap<>();
		for (Map<String, Object> document : documents) {
			document.forEach((key, value) -> {
				Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value));
				while (matcher.find()) {
					placeholders.computeIfAbsent(matcher.group(1), v -> new Placeholder(v, matcher.group(2), new LinkedHashSet<>()))
						.properties()
						.add(key);
				}
			});
		}
		return placeholders;
	}

	/**
	 * The variables a container must set: those without a default (the service does not start),
	 * and those whose default points at localhost (wrong in a container), directly or through
	 * another property ({@code ${AUTH_JWK_SET_URI:${...issuer-uri}/oauth2/jwks}}), where they feed a
	 * property of something the service uses. The shared config-repo/application.yml also names
	 * Kafka and PostgreSQL for services that use neither.
	 */
	Set<String> requiredVariables() {
		Set<String> required = new LinkedHashSet<>();
		for (Placeholder placeholder : placeholders().values()) {
			boolean localhost = placeholder.defaultValue() != null && withDefaults(placeholder.defaultValue()).contains("localhost");
			if (placeholder.defaultValue() == null || (localhost && placeholder.properties().stream().anyMatch(this::uses))) {
				required.add(placeholder.variable());
			}
		}
		return required;
	}

	private boolean uses(String property) {
		if (property.startsWith("spring.kafka.")) {
			return usesKafka();
		}
		if (property.startsWith("spring.datasource.") || property.startsWith("cloudshop.infrastructure.postgres")) {
			return database().isPresent();
		}
		if (property.startsWith("eureka.client.")) {
			return isEurekaClient();
		}
		if (property.startsWith("management.tracing.")) {
			return exportsTraces();
		}
		return true;
	}

	/** Whether setting this environment variable changes anything for the service. */
	boolean reads(String variable) {
		return placeholders().containsKey(variable) || BootProperties.binds(variable);
	}

	@Override
	public String toString() {
		return name;
	}

}
