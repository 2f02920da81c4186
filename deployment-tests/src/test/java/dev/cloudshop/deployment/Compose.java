package dev.cloudshop.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.cloudshop.deployment.Yaml.asList;
import static dev.cloudshop.deployment.Yaml.asMap;

/** docker-compose.yml, merge keys resolved, and the questions the checks ask of it. */
record Compose(Map<String, Object> file) {

	static Compose load() {
		return new Compose(Yaml.load(Repository.path("docker-compose.yml")));
	}

	Map<String, Object> services() {
		return asMap(file.get("services"));
	}

	Map<String, Object> service(String name) {
		Map<String, Object> service = asMap(services().get(name));
		if (service.isEmpty()) {
			throw new AssertionError("docker-compose.yml has no service " + name);
		}
		return service;
	}

	Optional<String> serviceWithImage(String imagePrefix) {
		return services().entrySet().stream()
			.filter(e -> String.valueOf(asMap(e.getValue()).get("image")).startsWith(imagePrefix))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** The environment of a service, values as written (${...} left for Compose to interpolate). */
	Map<String, String> environment(String name) {
		Object environment = service(name).get("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment instanceof Map<?, ?> map) {
			map.forEach((k, v) -> variables.put(String.valueOf(k), String.valueOf(v)));
		}
		else {
			for (Object entry : asList(environment)) {
				String[] pair = String.valueOf(entry).split("=", 2);
				variables.put(pair[0], (pair.length > 1) ? pair[1] : null);
			}
		}
		return variables;
	}

	Map<String, String> dependsOn(String name) {
		Object dependsOn = service(name).get("depends_on");
		Map<String, String> conditions = new LinkedHashMap<>();
		if (dependsOn instanceof Map<?, ?> map) {
			map.forEach((k, v) -> conditions.put(String.valueOf(k), String.valueOf(asMap(v).get("condition"))));
		}
		else {
			asList(dependsOn).forEach(d -> conditions.put(String.valueOf(d), "service_started"));
		}
		return conditions;
	}

	/** The healthcheck test as one string, whatever form it was written in. */
	Optional<String> healthcheck(String name) {
		Object test = Yaml.at(service(name), "healthcheck.test");
		if (test == null || Boolean.TRUE.equals(Yaml.at(service(name), "healthcheck.disable"))) {
			return Optional.empty();
		}
		return Optional.of((test instanceof List<?> list) ? String.join(" ", list.stream().map(String::valueOf).toList())
				: test.toString());
	}

	List<String> publishedPorts(String name) {
		return asList(service(name).get("ports")).stream().map(String::valueOf).toList();
	}

	List<String> volumes(String name) {
		return asList(service(name).get("volumes")).stream().map(String::valueOf).toList();
	}

}
