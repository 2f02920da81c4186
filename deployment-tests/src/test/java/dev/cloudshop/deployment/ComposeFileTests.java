package dev.cloudshop.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.cloudshop.deployment.Endpoints.Endpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml, read rather than run (no Docker engine here): valid by the Compose
 * specification, every service module built from the shared Dockerfile and health-checked on its
 * readiness probe, started only after what its code needs is healthy, configured through the
 * variables its configuration reads, and only the front doors published.
 */
class ComposeFileTests {

	private static final Path SCHEMA = Repository.path("deployment-tests/target/compose-spec/compose.schema.json");

	private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):\\?[^}]*}");

	private static Compose compose;

	@BeforeAll
	static void load() {
		compose = Compose.load();
	}

	@Nested
	class Specification {

		private static Schema schema;

		@BeforeAll
		static void loadSchema() {
			assertThat(SCHEMA).as("the Compose spec schema, fetched by the build (npm pack dclint)").isRegularFile();
			ObjectNode schemaNode = (ObjectNode) JsonMapper.shared().readTree(Repository.read(SCHEMA));
			// Offline: no fetch of the meta-schema ($schema) nor resolution against a relative $id
			schemaNode.remove("$id");
			schemaNode.remove("$schema");
			schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaNode);
		}

		private List<Error> validate(Map<String, Object> file) {
			JsonNode node = JsonMapper.shared().valueToTree(file);
			return schema.validate(node);
		}

		@Test
		void validatesAgainstTheComposeSpecification() {
			assertThat(validate(compose.file())).isEmpty();
		}

		@Test
		void wouldRejectAMisspeltKey() {
			Map<String, Object> file = new HashMap<>(compose.file());
			Map<String, Object> services = new HashMap<>(compose.services());
			Map<String, Object> postgres = new HashMap<>(compose.service("postgres"));
			postgres.put("helthcheck", postgres.remove("healthcheck"));
			services.put("postgres", postgres);
			file.put("services", services);
			assertThat(validate(file)).isNotEmpty();
		}

		@Test
		void pinsEveryImageToAVersion() {
			compose.services().forEach((name, service) -> {
				String image = String.valueOf(Yaml.asMap(service).get("image"));
				assertThat(image).as(name).matches("[a-z0-9./_-]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
			});
		}

	}

	@Nested
	class Services {

		@Test
		void areBuiltFromTheSharedDockerfile() {
			for (ServiceModule service : Repository.services()) {
				Map<String, Object> container = compose.service(service.name());
				assertThat(container.get("image")).as(service + " image").isEqualTo(Repository.image(service));
				assertThat(Yaml.string(container, "build.context")).as(service + " build context").isEqualTo(".");
				assertThat(Yaml.string(container, "build.dockerfile")).as(service + " Dockerfile").isEqualTo("docker/Dockerfile");
				assertThat(Yaml.string(container, "build.args.SERVICE")).as(service + " SERVICE").isEqualTo(service.name());
			}
		}

		@Test
		void allHaveAHealthCheck() {
			for (String name : compose.services().keySet()) {
				assertThat(compose.healthcheck(name)).as(name + " healthcheck").isPresent();
			}
			for (ServiceModule service : Repository.services()) {
				String check = compose.healthcheck(service.name()).orElseThrow();
				assertThat(check).as(service + " healthcheck")
					.contains("/dev/tcp/127.0.0.1/" + service.managementPort() + " ")
					.contains("GET " + service.actuatorPath("health/readiness") + " HTTP/1.")
					.contains(" 200 ");
			}
		}

		@Test
		void startOnlyOnceWhatTheirCodeNeedsIsHealthy() {
			for (ServiceModule service : Repository.services()) {
				Map<String, String> environment = compose.environment(service.name());
				Set<String> needed = new LinkedHashSet<>();
				if (service.importsConfigServer()) {
					needed.add(host(environment, "CONFIG_SERVER_URL"));
				}
				if (service.isEurekaClient()) {
					needed.add(host(environment, "EUREKA_URL"));
				}
				if (service.database().isPresent()) {
					needed.add(host(environment, "POSTGRES_HOST"));
				}
				if (service.usesKafka()) {
					needed.add(host(environment, "KAFKA_BOOTSTRAP_SERVERS"));
				}
				if (service.exportsTraces()) {
					needed.add(host(environment, "ZIPKIN_ENDPOINT"));
				}
				assertThat(compose.dependsOn(service.name()).keySet()).as(service + " depends_on").containsAll(needed);
			}
			for (String name : compose.services().keySet()) {
				compose.dependsOn(name).forEach((dependency, condition) -> {
					assertThat(condition).as(name + " waits for " + dependency).isIn("service_healthy", "service_completed_successfully");
					assertThat(compose.healthcheck(dependency)).as(dependency + " can become healthy").isPresent();
				});
			}
			assertThat(cycle()).as("a dependency cycle").isEmpty();
		}

		private String host(Map<String, String> environment, String variable) {
			assertThat(environment).as("variable " + variable).containsKey(variable);
			return Endpoints.in(Map.of(variable, environment.get(variable))).get(0).host();
		}

		private List<String> cycle() {
			Map<String, Integer> state = new HashMap<>();
			List<String> path = new ArrayList<>();
			for (String name : compose.services().keySet()) {
				if (visit(name, state, path)) {
					return path;
				}
			}
			return List.of();
		}

		private boolean visit(String name, Map<String, Integer> state, List<String> path) {
			Integer seen = state.get(name);
			if (seen != null) {
				return seen == 1;
			}
			state.put(name, 1);
			path.add(name);
			for (String dependency : compose.dependsOn(name).keySet()) {
				if (visit(dependency, state, path)) {
					return true;
				}
			}
			path.remove(path.size() - 1);
			state.put(name, 2);
			return false;
		}

		/**
		 * The front doors and the tools people open in a browser. The authorization server is a
		 * front door too: browsers and the CLI sign in at its issuer URL, which must be the URL
		 * they reach it by (its tokens carry it as iss), so it cannot hide behind the gateway.
		 */
		@Test
		void publishOnlyTheGatewayTheAuthorizationServerEurekaZipkinAndGrafana() {
			ServiceModule gateway = Repository.services().stream().filter(ServiceModule::isGateway).findFirst().orElseThrow();
			ServiceModule eureka = Repository.services().stream().filter(ServiceModule::isEurekaServer).findFirst().orElseThrow();
			List<ServiceModule> authorizationServers = Repository.services().stream().filter(ServiceModule::isAuthorizationServer).toList();
			String zipkin = host(compose.environment(gateway.name()), "ZIPKIN_ENDPOINT");
			String grafana = compose.serviceWithImage("grafana/grafana:").orElseThrow();
			Set<String> expected = new HashSet<>(Set.of(gateway.name(), eureka.name(), zipkin, grafana));
			authorizationServers.forEach(server -> expected.add(server.name()));
			Set<String> published = compose.services().keySet().stream()
				.filter(name -> !compose.publishedPorts(name).isEmpty())
				.collect(Collectors.toSet());
			assertThat(published).containsExactlyInAnyOrderElementsOf(expected);
			List<ServiceModule> doors = new ArrayList<>(List.of(gateway, eureka));
			doors.addAll(authorizationServers);
			for (ServiceModule service : doors) {
				assertThat(compose.publishedPorts(service.name())).as(service + " ports")
					.containsExactly(service.port() + ":" + service.port());
			}
		}

		@Test
		void signPeopleInAtAnIssuerTheHostReachesAndEveryServiceExpects() {
			List<ServiceModule> authorizationServers = Repository.services().stream().filter(ServiceModule::isAuthorizationServer).toList();
			assertThat(authorizationServers).as("authorization servers among the service modules").hasSize(1);
			ServiceModule server = authorizationServers.get(0);
			String variable = server.issuerVariable().orElseThrow(() -> new AssertionError(server + " takes its issuer from no variable"));
			String issuer = compose.environment(server.name()).get(variable);
			assertThat(issuer).as(server + " " + variable).isNotNull();
			Endpoint endpoint = Endpoints.in(Map.of(variable, issuer)).get(0);
			assertThat(endpoint.host()).as(server + ": the issuer is reached from the host").isIn("localhost", "127.0.0.1");
			assertThat(compose.publishedPorts(server.name())).as(server + " published where its issuer says")
				.contains(endpoint.port() + ":" + server.port());
			for (ServiceModule service : Repository.services()) {
				if (service.isAuthorizationServer()) {
					continue;
				}
				Map<String, String> environment = compose.environment(service.name());
				service.issuerVariable().ifPresent(expected -> assertThat(environment.get(expected))
					.as(service + ": " + expected + ", the issuer it accepts").isEqualTo(issuer));
				service.variableOf(ServiceModule.JWK_SET_URI).ifPresent(keys -> assertThat(host(environment, keys))
					.as(service + ": " + keys + " names the authorization server").isEqualTo(server.name()));
			}
		}

		@Test
		void getTheEnvironmentTheirConfigurationReads() {
			for (ServiceModule service : Repository.services()) {
				Map<String, String> environment = compose.environment(service.name());
				assertThat(environment.keySet()).as(service + ": variables its configuration needs in a container")
					.containsAll(service.requiredVariables());
				assertThat(environment.keySet().stream().filter(variable -> !service.reads(variable)))
					.as(service + ": variables no ${...} of its configuration and no Spring Boot property reads")
					.isEmpty();
				for (Endpoint endpoint : Endpoints.in(service.addressesIn(environment))) {
					assertThat(compose.services()).as(service + ": " + endpoint.variable() + " names a compose service")
						.containsKey(endpoint.host());
					if (Repository.services().stream().anyMatch(s -> s.name().equals(endpoint.host()))) {
						assertThat(endpoint.port()).as(service + ": " + endpoint.variable() + " port")
							.isEqualTo(Repository.service(endpoint.host()).port());
					}
				}
			}
		}

		@Test
		void serveConfigRepoFromTheRepository() {
			ServiceModule configServer = Repository.services().stream().filter(ServiceModule::isConfigServer).findFirst().orElseThrow();
			String mount = compose.volumes(configServer.name()).stream()
				.filter(v -> v.startsWith("./config-repo:"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(configServer + " does not mount ./config-repo"));
			String path = mount.split(":")[1];
			assertThat(mount).endsWith(":ro");
			assertThat(compose.environment(configServer.name())).containsEntry("CONFIG_REPO_LOCATION", "file:" + path + "/");
		}

	}

	@Nested
	class Databases {

		@Test
		void giveEachServiceItsOwnDatabaseAndUser() {
			for (ServiceModule service : Repository.services()) {
				if (service.database().isEmpty()) {
					continue;
				}
				var database = service.database().get();
				Map<String, String> environment = compose.environment(service.name());
				String postgres = Endpoints.in(Map.of("POSTGRES_HOST", environment.get("POSTGRES_HOST"))).get(0).host();
				// docker/postgres/init-databases.sh: <NAME>_DB_PASSWORD makes user and database <name>
				assertThat(database.passwordVariable()).as(service + " password variable").endsWith("_DB_PASSWORD");
				String name = database.passwordVariable().replace("_DB_PASSWORD", "").toLowerCase();
				assertThat(database.name()).as(service + " database").isEqualTo(name);
				assertThat(database.user()).as(service + " user").isEqualTo(name);
				assertThat(compose.environment(postgres)).as(postgres + " creates " + name)
					.containsEntry(database.passwordVariable(), environment.get(database.passwordVariable()));
				assertThat(compose.volumes(postgres))
					.contains("./docker/postgres/init-databases.sh:/docker-entrypoint-initdb.d/init-databases.sh:ro");
			}
		}

		@Test
		void generatesEveryPasswordAndCommitsNone(@TempDir Path dir) throws Exception {
			Set<String> required = new HashSet<>();
			for (String name : compose.services().keySet()) {
				compose.environment(name).forEach((variable, value) -> {
					if (variable.contains("PASSWORD")) {
						assertThat(value).as(name + " " + variable).matches(REQUIRED_VARIABLE);
					}
					Matcher matcher = REQUIRED_VARIABLE.matcher(String.valueOf(value));
					while (matcher.find()) {
						required.add(matcher.group(1));
					}
				});
			}
			Path env = dir.resolve(".env");
			Process process = new ProcessBuilder("bash", Repository.path("docker/generate-env.sh").toString(), env.toString())
				.redirectErrorStream(true)
				.start();
			process.getInputStream().readAllBytes();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).isZero();
			Map<String, String> generated = Files.readAllLines(env).stream()
				.map(line -> line.split("=", 2))
				.collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
			assertThat(generated.keySet()).containsExactlyInAnyOrderElementsOf(required);
			assertThat(generated.values()).allSatisfy(password -> assertThat(password).matches("[A-Za-z0-9]{32}"));
		}

	}

}
