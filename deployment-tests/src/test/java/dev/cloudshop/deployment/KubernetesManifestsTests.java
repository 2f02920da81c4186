package dev.cloudshop.deployment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.cloudshop.deployment.Endpoints.Endpoint;
import dev.cloudshop.deployment.Manifests.SecretReference;
import dev.cloudshop.deployment.NetworkPolicies.Pod;
import dev.cloudshop.deployment.ServiceModule.Database;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.cloudshop.deployment.Yaml.asMap;
import static dev.cloudshop.deployment.Yaml.at;
import static dev.cloudshop.deployment.Yaml.maps;
import static dev.cloudshop.deployment.Yaml.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests agree with the code: every service module runs from its image with the
 * port, probes, environment and configuration its own files declare, and every overlay supplies
 * what the services need (Secrets, databases, topics) behind NetworkPolicies that keep the
 * business services and the databases closed to everyone else.
 */
class KubernetesManifestsTests {

	private static final String OVERLAYS = "dev.cloudshop.deployment.KubernetesManifestsTests#overlays";

	private static final Pattern CREATE_SECRET = Pattern.compile("create secret generic ([a-z0-9.-]+)([^\\n]*)");

	private static final Pattern FROM_KEY = Pattern.compile("--from-(?:literal|file)=([A-Za-z0-9._-]+)=");

	static List<String> overlays() {
		return Kustomize.overlays();
	}

	private static Manifests overlay(String directory) {
		return Manifests.render(directory);
	}

	@Nested
	class Services {

		@Test
		void haveAFolderEachInTheBase() {
			for (ServiceModule service : Repository.services()) {
				assertThat(Repository.path("k8s/base/" + service.name() + "/kustomization.yaml")).as(service.name()).isRegularFile();
				assertThat(Repository.read("k8s/base/kustomization.yaml")).as("k8s/base/kustomization.yaml")
					.containsPattern("(?m)^\\s*-\\s*" + service.name() + "\\s*$");
			}
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void runFromTheirImagesAsTheImageUser(String directory) {
			Manifests manifests = overlay(directory);
			int imageUser = DockerfileTests.runtimeUser();
			for (ServiceModule service : Repository.services()) {
				Map<String, Object> deployment = manifests.get("Deployment", service.name());
				Map<String, Object> container = Manifests.container(deployment, service.name());
				assertThat(container.get("image")).as(service + " image").isEqualTo(Repository.image(service));
				assertThat(at(Manifests.podSpec(deployment), "securityContext.runAsNonRoot")).as(service + " runAsNonRoot").isEqualTo(true);
				assertThat(at(Manifests.podSpec(deployment), "securityContext.runAsUser")).as(service + " runAsUser")
					.isEqualTo(imageUser);
				assertThat(Manifests.podLabels(deployment)).as(service + " labels")
					.containsEntry("app.kubernetes.io/name", service.name())
					.containsEntry("app.kubernetes.io/component", service.component());
			}
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void listenAndAreProbedWhereTheirConfigurationSays(String directory) {
			Manifests manifests = overlay(directory);
			for (ServiceModule service : Repository.services()) {
				Map<String, Object> deployment = manifests.get("Deployment", service.name());
				Map<String, Object> container = Manifests.container(deployment, service.name());
				assertThat(Manifests.containerPort(container, "http")).as(service + " containerPort http").hasValue(service.port());

				Map<String, Object> k8sService = manifests.get("Service", service.name());
				assertThat(maps(at(k8sService, "spec.ports"))).as(service + " Service ports").singleElement()
					.satisfies(port -> {
						assertThat(port.get("port")).isEqualTo(service.port());
						assertThat(port.get("targetPort")).isEqualTo("http");
					});
				assertThat(asMap(at(k8sService, "spec.selector"))).containsEntry("app.kubernetes.io/name", service.name());

				assertThat(service.healthProbesEnabled()).as(service + ": management.endpoint.health.probes.enabled").isTrue();
				assertThat(service.managementPort()).as(service + " serves Actuator on its http port").isEqualTo(service.port());
				assertProbe(service, container, "startupProbe", "health/liveness");
				assertProbe(service, container, "readinessProbe", "health/readiness");
				assertProbe(service, container, "livenessProbe", "health/liveness");

				assertThat(service.exposesPrometheus()).as(service + " exposes /actuator/prometheus").isTrue();
				assertThat(asMap(at(deployment, "spec.template.metadata.annotations")))
					.as(service + " scrape annotations")
					.containsEntry("prometheus.io/scrape", "true")
					.containsEntry("prometheus.io/port", String.valueOf(service.port()))
					.containsEntry("prometheus.io/path", service.actuatorPath("prometheus"));
			}
		}

		private void assertProbe(ServiceModule service, Map<String, Object> container, String probe, String endpoint) {
			assertThat(string(container, probe + ".httpGet.path")).as(service + " " + probe)
				.isEqualTo(service.actuatorPath(endpoint));
			assertThat(string(container, probe + ".httpGet.port")).as(service + " " + probe + " port").isEqualTo("http");
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void getTheEnvironmentTheirConfigurationReads(String directory) {
			Manifests manifests = overlay(directory);
			for (ServiceModule service : Repository.services()) {
				Map<String, String> environment = manifests
					.environment(Manifests.container(manifests.get("Deployment", service.name()), service.name()));
				assertThat(environment.keySet()).as(service + ": variables its configuration needs in a container")
					.containsAll(service.requiredVariables());
				assertThat(environment.keySet().stream().filter(variable -> !service.reads(variable)))
					.as(service + ": variables no ${...} of its configuration and no Spring Boot property reads")
					.isEmpty();
			}
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void findWhatTheirEnvironmentPointsAt(String directory) {
			Manifests manifests = overlay(directory);
			Map<String, Set<Integer>> addresses = addresses(manifests);
			for (ServiceModule service : Repository.services()) {
				Map<String, String> environment = manifests
					.environment(Manifests.container(manifests.get("Deployment", service.name()), service.name()));
				for (Endpoint endpoint : Endpoints.in(service.addressesIn(environment))) {
					if (endpoint.host().contains(".")) {
						continue; // in another namespace or outside the cluster: not this overlay's to provide
					}
					assertThat(addresses).as(service + ": " + endpoint.variable() + " names a Service of " + directory)
						.containsKey(endpoint.host());
					assertThat(addresses.get(endpoint.host())).as(service + ": " + endpoint.variable() + " port")
						.contains(endpoint.port());
				}
				environmentNamesTheRightServer(service, environment, "CONFIG_SERVER_URL", ServiceModule::isConfigServer);
				environmentNamesTheRightServer(service, environment, "EUREKA_URL", ServiceModule::isEurekaServer);
			}
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void haveResourcesADisruptionBudgetAndAutoscalingWhereStateless(String directory) {
			Manifests manifests = overlay(directory);
			for (Map<String, Object> workload : manifests.workloads()) {
				for (Map<String, Object> container : maps(at(Manifests.podSpec(workload), "containers"))) {
					String what = directory + " " + string(workload, "metadata.name") + "/" + container.get("name");
					for (String bound : List.of("requests", "limits")) {
						assertThat(asMap(at(container, "resources." + bound))).as(what + " resources." + bound)
							.containsKeys("cpu", "memory");
					}
				}
			}
			for (ServiceModule service : Repository.services()) {
				Map<String, Object> deployment = manifests.get("Deployment", service.name());
				assertThat(manifests.ofKind("PodDisruptionBudget"))
					.as(service + " PodDisruptionBudget")
					.anySatisfy(pdb -> assertThat(NetworkPolicies.matches(asMap(at(pdb, "spec.selector")),
							Manifests.podLabels(deployment))).isTrue());
				var autoscaler = manifests.ofKind("HorizontalPodAutoscaler").stream()
					.filter(hpa -> service.name().equals(string(hpa, "spec.scaleTargetRef.name")))
					.findFirst();
				if (directory.endsWith("/local")) {
					assertThat(autoscaler).as(service + ": one replica, no autoscaler, on a laptop cluster").isEmpty();
					assertThat(at(deployment, "spec.replicas")).as(service + " replicas").isIn(null, 1);
				}
				else if (service.isStateless()) {
					assertThat(autoscaler).as(service + " autoscaler").isPresent();
					assertThat(((Number) at(autoscaler.get(), "spec.minReplicas")).intValue()).as(service + " minReplicas")
						.isGreaterThanOrEqualTo(2);
					assertThat(at(deployment, "spec.replicas")).as(service + ": replicas belong to the autoscaler").isNull();
				}
				else {
					assertThat(autoscaler).as(service + " holds state in memory: not autoscaled").isEmpty();
					assertThat(at(deployment, "spec.replicas")).as(service + " holds state in memory: one replica").isEqualTo(1);
				}
			}
		}

		/**
		 * Browsers and the CLI sign in at the issuer URL, so the Ingress answers for the issuer's host
		 * and sends what they use there (discovery, the protocol endpoints, the sign-in form) to the
		 * authorization server; every service expects that same issuer.
		 */
		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void publishTheAuthorizationServerAtItsIssuer(String directory) {
			Manifests manifests = overlay(directory);
			ServiceModule server = authorizationServer();
			Map<String, String> environment = manifests
				.environment(Manifests.container(manifests.get("Deployment", server.name()), server.name()));
			String variable = server.issuerVariable().orElseThrow(() -> new AssertionError(server + " takes its issuer from no variable"));
			String issuer = environment.get(variable);
			assertThat(issuer).as(directory + ": " + server + " " + variable).isNotNull();
			URI uri = URI.create(issuer);
			assertThat(uri.getHost()).as(directory + ": the issuer is a public name, not the in-cluster Service").contains(".");
			List<Map<String, Object>> rules = manifests.ofKind("Ingress").stream()
				.flatMap(ingress -> maps(at(ingress, "spec.rules")).stream())
				.filter(rule -> uri.getHost().equals(rule.get("host")))
				.toList();
			assertThat(rules).as(directory + ": an Ingress rule for the issuer's host " + uri.getHost()).isNotEmpty();
			List<Map<String, Object>> paths = rules.stream().flatMap(rule -> maps(at(rule, "http.paths")).stream()).toList();
			assertThat(paths).as(directory + ": " + uri.getHost() + " leads to " + server + " only").allSatisfy(path -> {
				assertThat(string(path, "backend.service.name")).isEqualTo(server.name());
				assertThat(string(path, "backend.service.port.name")).isEqualTo("http");
			});
			assertThat(paths.stream().map(path -> String.valueOf(path.get("path"))))
				.as(directory + ": the discovery documents and the OAuth 2.0 endpoints under the issuer")
				.contains(uri.getPath().replaceAll("/$", "") + "/.well-known", uri.getPath().replaceAll("/$", "") + "/oauth2");
			if ("https".equals(uri.getScheme())) {
				assertThat(manifests.ofKind("Ingress").stream().flatMap(ingress -> maps(at(ingress, "spec.tls")).stream())
					.flatMap(tls -> Yaml.asList(tls.get("hosts")).stream()))
					.as(directory + ": a certificate for " + uri.getHost()).contains(uri.getHost());
			}
			for (ServiceModule service : Repository.services()) {
				if (service.isAuthorizationServer()) {
					continue;
				}
				Map<String, String> serviceEnvironment = manifests
					.environment(Manifests.container(manifests.get("Deployment", service.name()), service.name()));
				service.issuerVariable().ifPresent(expected -> assertThat(serviceEnvironment.get(expected))
					.as(directory + ": " + service + " " + expected + ", the issuer it accepts").isEqualTo(issuer));
				service.variableOf(ServiceModule.JWK_SET_URI).ifPresent(keys -> {
					assertThat(serviceEnvironment).as(directory + ": " + service + " " + keys).containsKey(keys);
					Endpoint endpoint = Endpoints.in(Map.of(keys, serviceEnvironment.get(keys))).get(0);
					assertThat(endpoint.host()).as(directory + ": " + service + " " + keys + " names the authorization server")
						.isEqualTo(server.name());
					assertThat(endpoint.port()).as(directory + ": " + service + " " + keys + " port").isEqualTo(server.port());
				});
			}
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void exposeNoActuatorThroughTheIngress(String directory) {
			Manifests manifests = overlay(directory);
			List<Map<String, Object>> paths = manifests.ofKind("Ingress").stream()
				.flatMap(ingress -> maps(at(ingress, "spec.rules")).stream())
				.flatMap(rule -> maps(at(rule, "http.paths")).stream())
				.toList();
			assertThat(paths).as(directory + " Ingress paths").isNotEmpty();
			for (Map<String, Object> path : paths) {
				ServiceModule service = Repository.service(string(path, "backend.service.name"));
				String actuator = service.actuatorPath("");
				assertThat(String.valueOf(path.get("path"))).as(directory + ": Ingress path to " + service)
					.isNotEqualTo("/")
					.doesNotStartWith(actuator.substring(0, actuator.length() - 1));
			}
		}

		private void environmentNamesTheRightServer(ServiceModule service, Map<String, String> environment,
				String variable, java.util.function.Predicate<ServiceModule> server) {
			if (!environment.containsKey(variable)) {
				return;
			}
			Endpoint endpoint = Endpoints.in(Map.of(variable, environment.get(variable))).get(0);
			ServiceModule target = Repository.service(endpoint.host());
			assertThat(server.test(target)).as(service + ": " + variable + " names " + target).isTrue();
			assertThat(endpoint.port()).as(service + ": " + variable + " port").isEqualTo(target.port());
		}

	}

	@Nested
	class Configuration {

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void servesConfigRepoFromTheRealFiles(String directory) throws IOException {
			Manifests manifests = overlay(directory);
			Map<String, String> files = new HashMap<>();
			try (Stream<Path> repo = Files.list(Repository.path("config-repo"))) {
				repo.filter(f -> f.toString().endsWith(".yml"))
					.forEach(f -> files.put(f.getFileName().toString(), Repository.read(f)));
			}
			Map<String, Object> configMap = manifests.ofKind("ConfigMap").stream()
				.filter(c -> string(c, "metadata.name").startsWith("config-repo-"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(directory + " renders no ConfigMap config-repo"));
			assertThat(asMap(configMap.get("data"))).as("the ConfigMap config-repo holds every file of config-repo/, as it is")
				.isEqualTo(files);

			ServiceModule configServer = Repository.services().stream().filter(ServiceModule::isConfigServer).findFirst().orElseThrow();
			Map<String, Object> deployment = manifests.get("Deployment", configServer.name());
			String volume = maps(at(Manifests.podSpec(deployment), "volumes")).stream()
				.filter(v -> string(configMap, "metadata.name").equals(string(v, "configMap.name")))
				.map(v -> String.valueOf(v.get("name")))
				.findFirst()
				.orElseThrow(() -> new AssertionError(configServer + " does not mount the ConfigMap config-repo"));
			Map<String, Object> container = Manifests.container(deployment, configServer.name());
			String mountPath = maps(container.get("volumeMounts")).stream()
				.filter(m -> volume.equals(m.get("name")))
				.map(m -> String.valueOf(m.get("mountPath")))
				.findFirst()
				.orElseThrow();
			assertThat(manifests.environment(container)).containsEntry("CONFIG_REPO_LOCATION", "file:" + mountPath + "/");
		}

		@Test
		void keepsNoCopyOfConfigRepo() throws IOException {
			Set<String> configFiles = new HashSet<>();
			try (Stream<Path> repo = Files.list(Repository.path("config-repo"))) {
				repo.filter(f -> f.toString().endsWith(".yml")).forEach(f -> configFiles.add(Repository.read(f).strip()));
			}
			try (Stream<Path> k8s = Files.walk(Repository.path("k8s"))) {
				assertThat(k8s.filter(Files::isRegularFile).filter(f -> configFiles.contains(Repository.read(f).strip())))
					.as("copies of config-repo/ files under k8s/").isEmpty();
			}
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void providesEverySecretItReferences(String directory) {
			Manifests manifests = overlay(directory);
			Map<String, Set<String>> provided = new HashMap<>();
			manifests.ofKind("Secret").forEach(secret -> {
				Set<String> keys = new HashSet<>(asMap(secret.get("data")).keySet());
				keys.addAll(asMap(secret.get("stringData")).keySet());
				provided.put(string(secret, "metadata.name"), keys);
			});
			// CloudNativePG writes <cluster>-app for the owner bootstrap.initdb creates (unless given one)
			manifests.ofKind("Cluster").stream()
				.filter(c -> at(c, "spec.bootstrap.initdb") != null && at(c, "spec.bootstrap.initdb.secret") == null)
				.forEach(c -> provided.put(string(c, "metadata.name") + "-app",
						Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass")));
			// cert-manager writes the TLS Secret of an Ingress annotated with its issuer
			manifests.ofKind("Ingress").stream()
				.filter(i -> asMap(at(i, "metadata.annotations")).keySet().stream().anyMatch(k -> k.startsWith("cert-manager.io/")))
				.forEach(i -> maps(at(i, "spec.tls"))
					.forEach(tls -> provided.put(String.valueOf(tls.get("secretName")), Set.of("tls.crt", "tls.key"))));
			// The operator creates the rest before the first apply, with the command the overlay's README gives
			provided.putAll(secretsTheReadmeCreates(directory));
			List<SecretReference> references = manifests.secretReferences();
			assertThat(references).as(directory + " references Secrets").isNotEmpty();
			for (SecretReference reference : references) {
				assertThat(provided).as(reference.referrer() + " needs Secret " + reference.secret()).containsKey(reference.secret());
				if (reference.key() != null) {
					assertThat(provided.get(reference.secret())).as(reference.referrer() + " needs key " + reference.key())
						.contains(reference.key());
				}
			}
		}

		/** Each {@code kubectl create secret generic <name> --from-literal=<key>=... --from-file=<key>=...} of the overlay's README. */
		private static Map<String, Set<String>> secretsTheReadmeCreates(String directory) {
			Path readme = Repository.path(directory + "/README.md");
			Map<String, Set<String>> secrets = new HashMap<>();
			if (!Files.isRegularFile(readme)) {
				return secrets;
			}
			String commands = Repository.read(readme).replaceAll("\\\\\n\\s*", " ");
			Matcher command = CREATE_SECRET.matcher(commands);
			while (command.find()) {
				Set<String> keys = new HashSet<>();
				Matcher key = FROM_KEY.matcher(command.group(2));
				while (key.find()) {
					keys.add(key.group(1));
				}
				secrets.put(command.group(1), keys);
			}
			return secrets;
		}

		@Test
		void commitsNoSecretValueOutsideTheLocalOverlay() {
			for (String directory : overlays()) {
				if (directory.endsWith("/local")) {
					continue; // fixed, public passwords of a throwaway laptop cluster, said so in its kustomization
				}
				assertThat(overlay(directory).ofKind("Secret")).as(directory + " commits Secrets").isEmpty();
			}
		}

	}

	@Nested
	class DataTier {

		@Test
		void productionDeclaresEveryTopicTheCodeUses() {
			Manifests production = overlay("k8s/overlays/production");
			Set<String> topics = Code.topics();
			assertThat(topics).as("topics found in the code").isNotEmpty();
			List<Map<String, Object>> kafkas = production.ofKind("Kafka");
			assertThat(kafkas).as("Strimzi Kafka clusters").hasSize(1);
			String cluster = string(kafkas.get(0), "metadata.name");
			int brokers = production.ofKind("KafkaNodePool").stream()
				.filter(pool -> Yaml.asList(at(pool, "spec.roles")).contains("broker"))
				.mapToInt(pool -> ((Number) at(pool, "spec.replicas")).intValue())
				.sum();
			Set<String> declared = new TreeSet<>();
			for (Map<String, Object> topic : production.ofKind("KafkaTopic")) {
				String name = (at(topic, "spec.topicName") != null) ? string(topic, "spec.topicName") : string(topic, "metadata.name");
				declared.add(name);
				assertThat(asMap(at(topic, "metadata.labels"))).as(name).containsEntry("strimzi.io/cluster", cluster);
				int replicas = ((Number) at(topic, "spec.replicas")).intValue();
				assertThat(replicas).as(name + " replicas").isBetween(1, brokers);
				Object minInsync = asMap(at(topic, "spec.config")).get("min.insync.replicas");
				if (minInsync != null) {
					assertThat(((Number) minInsync).intValue()).as(name + " min.insync.replicas").isLessThan(replicas);
				}
			}
			assertThat(declared).as("KafkaTopics of the production overlay").containsAll(topics);
			assertThat(asMap(at(kafkas.get(0), "spec.kafka.config"))).as("topics appear only as declared")
				.containsEntry("auto.create.topics.enable", false);
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void giveEachServiceItsOwnDatabaseAndUser(String directory) {
			Manifests manifests = overlay(directory);
			for (ServiceModule service : Repository.services()) {
				if (service.database().isEmpty()) {
					continue;
				}
				Database database = service.database().get();
				Map<String, Object> container = Manifests.container(manifests.get("Deployment", service.name()), service.name());
				Map<String, String> environment = manifests.environment(container);
				String host = environment.get("POSTGRES_HOST");
				String passwordSecret = environment.get(database.passwordVariable());
				List<Map<String, Object>> clusters = manifests.ofKind("Cluster");
				if (!clusters.isEmpty()) {
					Map<String, Object> cluster = manifests.get("Cluster", host.replaceAll("-rw$", ""));
					assertThat(host).as(service + " connects to the primary").endsWith("-rw");
					assertThat(string(cluster, "spec.bootstrap.initdb.database")).as(service + " database").isEqualTo(database.name());
					assertThat(string(cluster, "spec.bootstrap.initdb.owner")).as(service + " user").isEqualTo(database.user());
					assertThat(passwordSecret).as(service + " password").isEqualTo("<secret " + string(cluster, "metadata.name") + "-app/password>");
				}
				else {
					Map<String, Object> workload = databaseWorkloads(manifests, host).stream().findFirst()
						.orElseThrow(() -> new AssertionError(directory + ": nothing serves " + host));
					Map<String, String> dbEnvironment = manifests.environment(maps(at(Manifests.podSpec(workload), "containers")).get(0));
					assertThat(dbEnvironment).as(host + " database").containsEntry("POSTGRES_DB", database.name());
					String user = dbEnvironment.get("POSTGRES_USER");
					if (user.startsWith("<secret ")) {
						String secret = user.substring(8, user.indexOf('/'));
						user = decode(manifests, secret, "username");
						assertThat(passwordSecret).as(service + " and its database share the password")
							.isEqualTo(dbEnvironment.get("POSTGRES_PASSWORD"));
					}
					assertThat(user).as(host + " user").isEqualTo(database.user());
				}
			}
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void letBusinessServicesBeCalledOnlyByTheGatewayAndTheirPeers(String directory) {
			Manifests manifests = overlay(directory);
			NetworkPolicies policies = NetworkPolicies.of(manifests);
			List<Pod> pods = pods(manifests);
			Set<String> gatewayAndBusiness = Repository.services().stream()
				.filter(s -> s.component().equals("edge") || s.component().equals("business"))
				.map(ServiceModule::name)
				.collect(Collectors.toSet());
			Pod monitoring = new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
			for (ServiceModule service : Repository.services()) {
				if (!service.component().equals("business")) {
					continue;
				}
				Pod destination = pods.stream().filter(p -> p.description().equals(service.name())).findFirst()
					.orElseThrow(() -> new AssertionError(directory + " runs no pod of " + service));
				Set<String> admitted = pods.stream().filter(source -> policies.allows(source, destination))
					.map(Pod::description)
					.collect(Collectors.toCollection(TreeSet::new));
				assertThat(admitted).as(directory + ": who may call " + service).isEqualTo(new TreeSet<>(gatewayAndBusiness));
				assertThat(policies.allows(monitoring, destination)).as("Prometheus scrapes " + service).isTrue();
			}
		}

		/**
		 * The authorization server is a door like the gateway: the Ingress controller (in its own
		 * namespace) brings people to sign in, and every service fetches its key set to check tokens.
		 */
		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void letTheAuthorizationServerBeReachedByTheIngressControllerAndEveryService(String directory) {
			Manifests manifests = overlay(directory);
			NetworkPolicies policies = NetworkPolicies.of(manifests);
			List<Pod> pods = pods(manifests);
			ServiceModule server = authorizationServer();
			Pod destination = pods.stream().filter(p -> p.description().equals(server.name())).findFirst()
				.orElseThrow(() -> new AssertionError(directory + " runs no pod of " + server));
			Pod ingressController = new Pod("the Ingress controller", "ingress-nginx",
					Map.of("app.kubernetes.io/name", "ingress-nginx"));
			Pod monitoring = new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
			assertThat(policies.allows(ingressController, destination)).as(directory + ": the Ingress controller reaches " + server)
				.isTrue();
			assertThat(policies.allows(monitoring, destination)).as("Prometheus scrapes " + server).isTrue();
			for (ServiceModule service : Repository.services()) {
				Pod source = pods.stream().filter(p -> p.description().equals(service.name())).findFirst().orElseThrow();
				assertThat(policies.allows(source, destination)).as(directory + ": " + service + " fetches the key set of " + server)
					.isTrue();
			}
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource(OVERLAYS)
		void letEachDatabaseBeReachedOnlyByItsService(String directory) {
			Manifests manifests = overlay(directory);
			NetworkPolicies policies = NetworkPolicies.of(manifests);
			List<Pod> pods = pods(manifests);
			for (ServiceModule service : Repository.services()) {
				if (service.database().isEmpty()) {
					continue;
				}
				String host = manifests.environment(Manifests.container(manifests.get("Deployment", service.name()), service.name()))
					.get("POSTGRES_HOST");
				Set<String> databasePods = databasePods(manifests, host);
				assertThat(databasePods).as(directory + ": pods behind " + host).isNotEmpty();
				for (String databasePod : databasePods) {
					Pod destination = pods.stream().filter(p -> p.description().equals(databasePod)).findFirst().orElseThrow();
					Set<String> admitted = pods.stream()
						.filter(source -> !databasePods.contains(source.description()))
						.filter(source -> policies.allows(source, destination))
						.map(Pod::description)
						.collect(Collectors.toSet());
					assertThat(admitted).as(directory + ": who may connect to " + databasePod).containsExactly(service.name());
				}
			}
		}

		private Set<String> databasePods(Manifests manifests, String host) {
			if (!manifests.ofKind("Cluster").isEmpty()) {
				return Set.of("cnpg:" + host.replaceAll("-rw$", ""));
			}
			return databaseWorkloads(manifests, host).stream().map(w -> string(w, "metadata.name")).collect(Collectors.toSet());
		}

		private List<Map<String, Object>> databaseWorkloads(Manifests manifests, String host) {
			Map<String, Object> selector = asMap(at(manifests.get("Service", host), "spec.selector"));
			return manifests.workloads().stream()
				.filter(w -> NetworkPolicies.matches(Map.of("matchLabels", selector), Manifests.podLabels(w)))
				.toList();
		}

		private String decode(Manifests manifests, String secret, String key) {
			Object value = asMap(manifests.get("Secret", secret).get("data")).get(key);
			return new String(java.util.Base64.getDecoder().decode(String.valueOf(value)), java.nio.charset.StandardCharsets.UTF_8);
		}

	}

	static ServiceModule authorizationServer() {
		List<ServiceModule> servers = Repository.services().stream().filter(ServiceModule::isAuthorizationServer).toList();
		assertThat(servers).as("authorization servers among the service modules").hasSize(1);
		return servers.get(0);
	}

	/** Every pod the overlay runs (CloudNativePG's too), plus strangers in and outside its namespace. */
	static List<Pod> pods(Manifests manifests) {
		List<Pod> pods = new ArrayList<>();
		String namespace = "default";
		for (Map<String, Object> workload : manifests.workloads()) {
			namespace = (string(workload, "metadata.namespace") != null) ? string(workload, "metadata.namespace") : "default";
			pods.add(new Pod(string(workload, "metadata.name"), namespace, Manifests.podLabels(workload)));
		}
		for (Map<String, Object> cluster : manifests.ofKind("Cluster")) {
			pods.add(new Pod("cnpg:" + string(cluster, "metadata.name"), string(cluster, "metadata.namespace"),
					Map.of("cnpg.io/cluster", string(cluster, "metadata.name"))));
		}
		pods.add(new Pod("a stranger in the namespace", namespace, Map.of("app.kubernetes.io/name", "stranger")));
		pods.add(new Pod("a pod in another namespace", "elsewhere", Map.of("app.kubernetes.io/part-of", "cloudshop")));
		return pods;
	}

	/** Host names the overlay answers to, with their ports: its Services and those its operators create. */
	static Map<String, Set<Integer>> addresses(Manifests manifests) {
		Map<String, Set<Integer>> addresses = new HashMap<>();
		for (Map<String, Object> service : manifests.ofKind("Service")) {
			addresses.put(string(service, "metadata.name"), maps(at(service, "spec.ports")).stream()
				.map(p -> ((Number) p.get("port")).intValue())
				.collect(Collectors.toCollection(LinkedHashSet::new)));
		}
		for (Map<String, Object> kafka : manifests.ofKind("Kafka")) {
			addresses.put(string(kafka, "metadata.name") + "-kafka-bootstrap", maps(at(kafka, "spec.kafka.listeners")).stream()
				.map(l -> ((Number) l.get("port")).intValue())
				.collect(Collectors.toSet()));
		}
		for (Map<String, Object> cluster : manifests.ofKind("Cluster")) {
			for (String suffix : List.of("-rw", "-ro", "-r")) {
				addresses.put(string(cluster, "metadata.name") + suffix, Set.of(5432));
			}
		}
		return addresses;
	}

}
