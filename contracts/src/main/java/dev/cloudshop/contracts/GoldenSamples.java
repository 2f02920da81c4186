package dev.cloudshop.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden samples: one JSON document per message type and version, as it travels on the
 * wire (the Kafka record value), on the classpath at
 * {@code contracts/<topic>/<Type>.v<N>.json}. A sample, once published, never changes: a new
 * shape is a new version beside it.
 * <p>
 * Producers prove that what they emit has the shape of the sample ({@link #assertSameShape});
 * consumers prove that they read every sample of every version they may be sent.
 */
public final class GoldenSamples {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GoldenSamples() {
	}

	/**
	 * The sample's text.
	 * @param topic the topic, e.g. {@code product.events}
	 * @param type the type and version, e.g. {@code ProductCreated.v1}, or a full CloudEvents
	 * type such as {@code cloudshop.product.ProductCreated.v1}
	 */
	public static String text(String topic, String type) {
		String resource = "contracts/" + topic + "/" + sampleName(type) + ".json";
		try (InputStream in = GoldenSamples.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No golden sample at " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	/** The sample as a JSON tree; see {@link #text(String, String)}. */
	public static JsonNode load(String topic, String type) {
		return JSON.readTree(text(topic, type));
	}

	/**
	 * The sample's name for a type: the last two segments of a CloudEvents type
	 * ({@code cloudshop.product.ProductCreated.v1} → {@code ProductCreated.v1}).
	 */
	public static String sampleName(String type) {
		String[] segments = type.split("\\.");
		if (segments.length < 2 || !segments[segments.length - 1].matches("v[1-9][0-9]*")) {
			throw new IllegalArgumentException("Not a versioned type: " + type);
		}
		return segments[segments.length - 2] + "." + segments[segments.length - 1];
	}

	/**
	 * Asserts that the JSON has exactly the field names of the sample, each with the sample's
	 * JSON type (string, number, boolean, object, array, null), nested objects and array
	 * elements included. Values may differ.
	 * @throws AssertionError listing every difference
	 */
	public static void assertSameShape(String topic, String type, String json) {
		List<String> differences = shapeDifferences(load(topic, type), JSON.readTree(json));
		if (!differences.isEmpty()) {
			throw new AssertionError("JSON of " + type + " on " + topic + " does not have the shape of its golden sample:"
					+ System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", differences)
					+ System.lineSeparator() + "JSON: " + json);
		}
	}

	/** How the actual JSON's shape differs from the sample's; empty when they have the same shape. */
	public static List<String> shapeDifferences(JsonNode sample, JsonNode actual) {
		List<String> differences = new ArrayList<>();
		compare("$", sample, actual, differences);
		return differences;
	}

	private static void compare(String path, JsonNode sample, JsonNode actual, List<String> differences) {
		if (sample.getNodeType() != actual.getNodeType()) {
			differences.add(path + " is " + describe(actual) + ", the sample has " + describe(sample));
			return;
		}
		if (sample.isObject()) {
			Set<String> names = new TreeSet<>(sample.propertyNames());
			names.addAll(actual.propertyNames());
			for (String name : names) {
				JsonNode expected = sample.get(name);
				JsonNode found = actual.get(name);
				if (found == null) {
					differences.add(path + "." + name + " is missing");
				}
				else if (expected == null) {
					differences.add(path + "." + name + " is not in the sample");
				}
				else {
					compare(path + "." + name, expected, found, differences);
				}
			}
		}
		else if (sample.isArray() && !sample.isEmpty()) {
			JsonNode element = sample.get(0);
			for (int i = 0; i < actual.size(); i++) {
				compare(path + "[" + i + "]", element, actual.get(i), differences);
			}
		}
	}

	private static String describe(JsonNode node) {
		return Map.of("STRING", "a string", "NUMBER", "a number", "BOOLEAN", "a boolean", "OBJECT", "an object",
				"ARRAY", "an array", "NULL", "null")
			.getOrDefault(node.getNodeType().name(), node.getNodeType().name().toLowerCase());
	}

}
