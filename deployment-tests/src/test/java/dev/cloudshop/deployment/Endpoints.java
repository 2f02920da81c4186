package dev.cloudshop.deployment;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The network addresses an environment names: host and port, from URLs and host:port lists. */
final class Endpoints {

	/** One address, and the variable it came from. */
	record Endpoint(String variable, String host, int port) {
	}

	private static final Pattern URL = Pattern.compile("^[a-z][a-z0-9+.-]*://.*");

	private static final Pattern HOST_PORTS = Pattern.compile("^[a-z0-9.-]+:[0-9]+(,[a-z0-9.-]+:[0-9]+)*$");

	private Endpoints() {
	}

	static List<Endpoint> in(Map<String, String> environment) {
		List<Endpoint> endpoints = new ArrayList<>();
		environment.forEach((variable, value) -> {
			if (value == null) {
				return;
			}
			if (URL.matcher(value).matches() && !value.startsWith("file:")) {
				URI uri = URI.create(value);
				int port = (uri.getPort() != -1) ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
				endpoints.add(new Endpoint(variable, uri.getHost(), port));
			}
			else if (HOST_PORTS.matcher(value).matches()) {
				for (String address : value.split(",")) {
					String[] hostPort = address.split(":");
					endpoints.add(new Endpoint(variable, hostPort[0], Integer.parseInt(hostPort[1])));
				}
			}
		});
		// PostgreSQL's address comes in two variables, as config-repo/application.yml reads it
		if (environment.containsKey("POSTGRES_HOST")) {
			endpoints.add(new Endpoint("POSTGRES_HOST", environment.get("POSTGRES_HOST"),
					Integer.parseInt(environment.getOrDefault("POSTGRES_PORT", "5432"))));
		}
		return endpoints;
	}

}
