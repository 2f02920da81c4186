package dev.cloudshop.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Facts read from the main Java sources of every module and from config-repo/. */
final class Code {

	/** A topic name constant, e.g. {@code static final String TOPIC = "product.events"}. */
	private static final Pattern TOPIC_CONSTANT = Pattern.compile(
			"static\\s+final\\s+String\\s+\\w*TOPIC\\w*\\s*=\\s*\"([^\"]+)\"");

	/** Topic literals in @KafkaListener(topics = ...) and @RetryableTopic-free listener declarations. */
	private static final Pattern LISTENER_TOPICS = Pattern.compile("topics\\s*=\\s*\\{?([^})]*)");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z0-9][a-z0-9._-]*)\"");

	/** A meter built with its name as a literal, or as a constant of the same class (group 3). */
	private static final Pattern METER = Pattern.compile(
			"(Counter|Timer|Gauge|DistributionSummary|LongTaskTimer|FunctionCounter|TimeGauge)\\.builder\\(\\s*"
					+ "(?:\"(cloudshop\\.[a-z0-9_.]+)\"|([A-Z][A-Z0-9_]*)\\s*[,)])");

	/** A constant that holds a meter name, e.g. {@code static final String METER = "cloudshop.projection.lag"}. */
	private static final String METER_NAME_CONSTANT = "static\\s+final\\s+String\\s+%s\\s*=\\s*\"(cloudshop\\.[a-z0-9_.]+)\"";

	private Code() {
	}

	/** Every Kafka topic the services name in code or in config-repo/ (keys ending in "topic"). */
	static Set<String> topics() {
		Set<String> topics = new TreeSet<>();
		for (Path source : javaSources()) {
			String code = Repository.read(source);
			Matcher constant = TOPIC_CONSTANT.matcher(code);
			while (constant.find()) {
				topics.add(constant.group(1));
			}
			Matcher listener = LISTENER_TOPICS.matcher(code);
			while (listener.find()) {
				Matcher literal = STRING_LITERAL.matcher(listener.group(1));
				while (literal.find()) {
					topics.add(literal.group(1));
				}
			}
		}
		try (Stream<Path> files = Files.list(Repository.path("config-repo"))) {
			files.filter(f -> f.toString().endsWith(".yml")).forEach(file -> Yaml.loadAll(Repository.read(file))
				.forEach(document -> Yaml.flatten(document).forEach((key, value) -> {
					if (key.toLowerCase().matches(".*topic(s?)(\\[\\d+])?$") && value != null
							&& !String.valueOf(value).contains("${")) {
						topics.add(String.valueOf(value));
					}
				})));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return topics;
	}

	/** Cloudshop's own meters, by Prometheus name without suffix, with their Micrometer type. */
	static Map<String, String> meters() {
		Map<String, String> meters = new TreeMap<>();
		for (Path source : javaSources()) {
			String code = Repository.read(source);
			Matcher meter = METER.matcher(code);
			while (meter.find()) {
				String name = meter.group(2);
				if (name == null) {
					Matcher constant = Pattern.compile(METER_NAME_CONSTANT.formatted(meter.group(3))).matcher(code);
					if (!constant.find()) {
						continue; // not a Cloudshop meter, or its name is defined elsewhere
					}
					name = constant.group(1);
				}
				meters.put(name.replace('.', '_'), meter.group(1));
			}
		}
		return meters;
	}

	/** The series Prometheus shows for a meter (Micrometer's Prometheus naming). */
	static Set<String> series(String name, String type) {
		return switch (type) {
			case "Counter", "FunctionCounter" -> Set.of(name + "_total");
			case "Timer", "LongTaskTimer" -> Set.of(name + "_seconds_count", name + "_seconds_sum", name + "_seconds_max",
					name + "_seconds_bucket", name + "_seconds_active_count", name + "_seconds_duration_sum");
			case "DistributionSummary" -> Set.of(name + "_count", name + "_sum", name + "_max", name + "_bucket");
			case "TimeGauge" -> Set.of(name + "_seconds");
			default -> Set.of(name);
		};
	}

	private static Set<Path> javaSources() {
		Set<Path> sources = new TreeSet<>();
		for (String module : Repository.modules()) {
			Path main = Repository.path(module + "/src/main/java");
			if (Files.isDirectory(main)) {
				try (Stream<Path> files = Files.walk(main)) {
					files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return sources;
	}

}
