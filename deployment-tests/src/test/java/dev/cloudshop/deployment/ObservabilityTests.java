package dev.cloudshop.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes every service where it serves its metrics, and Grafana's provisioned
 * dashboards query the provisioned datasource for metrics the services export: Micrometer's
 * (HTTP, Kafka clients, Resilience4j) from the libraries the services use, Cloudshop's own from
 * the meters the code registers.
 */
class ObservabilityTests {

	private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");

	/** Metric families of the libraries, and which services export them. */
	private static final Map<String, Predicate<ServiceModule>> LIBRARY_FAMILIES = Map.of(
			"http_server_requests_seconds_", service -> true,
			"process_", service -> true,
			"jvm_", service -> true,
			"kafka_consumer_", ServiceModule::usesKafka,
			"resilience4j_circuitbreaker_", service -> service.pom().contains("resilience4j"));

	private final Compose compose = Compose.load();

	@Test
	void prometheusScrapesEveryService() {
		String prometheus = compose.serviceWithImage("prom/prometheus:").orElseThrow();
		assertThat(compose.volumes(prometheus)).contains("./docker/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
		Map<String, Object> config = Yaml.load(Repository.path("docker/prometheus/prometheus.yml"));
		for (ServiceModule service : Repository.services()) {
			assertThat(service.exposesPrometheus()).as(service + " exposes /actuator/prometheus").isTrue();
			String target = service.name() + ":" + service.managementPort();
			assertThat(Yaml.maps(config.get("scrape_configs")))
				.as("a scrape job for " + target)
				.anySatisfy(job -> {
					assertThat(job.get("metrics_path")).isEqualTo(service.actuatorPath("prometheus"));
					assertThat(Yaml.maps(job.get("static_configs")).stream().flatMap(c -> Yaml.asList(c.get("targets")).stream()))
						.contains(target);
				});
		}
	}

	@Test
	void grafanaProvisionsTheDatasourceAndTheDashboards() {
		String grafana = compose.serviceWithImage("grafana/grafana:").orElseThrow();
		String prometheus = compose.serviceWithImage("prom/prometheus:").orElseThrow();
		List<String> volumes = compose.volumes(grafana);
		assertThat(volumes).contains("./docker/grafana/provisioning:/etc/grafana/provisioning:ro");
		Map<String, Object> datasource = Yaml.maps(Yaml.load(Repository.path("docker/grafana/provisioning/datasources/prometheus.yml"))
			.get("datasources")).get(0);
		assertThat(datasource.get("url")).isEqualTo("http://" + prometheus + ":9090");
		String dashboards = Yaml.string(Yaml.maps(Yaml.load(Repository.path("docker/grafana/provisioning/dashboards/cloudshop.yml"))
			.get("providers")).get(0), "options.path");
		assertThat(volumes).contains("./docker/grafana/dashboards:" + dashboards + ":ro");
		String home = compose.environment(grafana).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH");
		assertThat(Repository.path("docker/grafana/dashboards/" + home.substring(dashboards.length() + 1))).isRegularFile();
		for (JsonNode dashboard : dashboards()) {
			for (JsonNode datasourceReference : dashboard.findValues("datasource")) {
				assertThat(datasourceReference.path("uid").asString()).as(dashboard.path("title").asString())
					.isEqualTo(datasource.get("uid"));
			}
		}
	}

	@Test
	void dashboardsQueryMetricsTheServicesExport() {
		Set<String> ownSeries = new HashSet<>();
		Code.meters().forEach((name, type) -> ownSeries.addAll(Code.series(name, type)));
		Set<String> titles = new HashSet<>();
		for (JsonNode dashboard : dashboards()) {
			assertThat(titles.add(dashboard.path("uid").asString())).as("unique uid " + dashboard.path("uid")).isTrue();
			for (String metric : metrics(dashboard)) {
				boolean library = LIBRARY_FAMILIES.entrySet().stream()
					.anyMatch(f -> metric.startsWith(f.getKey()) && Repository.services().stream().anyMatch(f.getValue()));
				assertThat(library || ownSeries.contains(metric))
					.as(dashboard.path("title").asString() + " queries " + metric + ", which no service exports")
					.isTrue();
			}
		}
	}

	@Test
	void dashboardsShowEveryCloudshopMeterAndTheSignalsOfTheSystem() {
		Set<String> queried = new TreeSet<>();
		dashboards().forEach(d -> queried.addAll(metrics(d)));
		Code.meters().forEach((name, type) -> assertThat(queried).as("a panel for " + name)
			.anyMatch(Code.series(name, type)::contains));
		assertThat(queried).contains("http_server_requests_seconds_count", "http_server_requests_seconds_bucket",
				"kafka_consumer_fetch_manager_records_lag_max", "resilience4j_circuitbreaker_state");
	}

	private static Set<String> metrics(JsonNode dashboard) {
		Set<String> metrics = new TreeSet<>();
		List<String> queries = new ArrayList<>();
		dashboard.findValues("expr").forEach(e -> queries.add(e.asString()));
		dashboard.path("templating").path("list").forEach(v -> queries.add(v.path("definition").asString()));
		for (String query : queries) {
			Matcher matcher = SELECTOR.matcher(query);
			while (matcher.find()) {
				metrics.add(matcher.group(1));
			}
		}
		return metrics;
	}

	private static List<JsonNode> dashboards() {
		try (Stream<Path> files = Files.list(Repository.path("docker/grafana/dashboards"))) {
			List<JsonNode> dashboards = files.filter(f -> f.toString().endsWith(".json")).sorted()
				.map(f -> JsonMapper.shared().readTree(Repository.read(f)))
				.toList();
			assertThat(dashboards).isNotEmpty();
			return dashboards;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
