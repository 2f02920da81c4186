package dev.cloudshop.deployment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;

/** YAML as plain maps and lists, and a few null-tolerant ways to walk them. */
final class Yaml {

	private Yaml() {
	}

	static List<Map<String, Object>> loadAll(String text) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : parser().loadAll(text)) {
			if (document != null) {
				documents.add(asMap(document));
			}
		}
		return documents;
	}

	static Map<String, Object> load(Path file) {
		List<Map<String, Object>> documents = loadAll(Repository.read(file));
		return documents.isEmpty() ? Map.of() : documents.get(0);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Object> asList(Object value) {
		return (value instanceof List<?> list) ? (List<Object>) list : List.of();
	}

	static List<Map<String, Object>> maps(Object value) {
		return asList(value).stream().map(Yaml::asMap).toList();
	}

	/** The value at a dotted path of map keys, or null. */
	static Object at(Object root, String path) {
		Object current = root;
		for (String key : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	static String string(Object root, String path) {
		Object value = at(root, path);
		return (value != null) ? value.toString() : null;
	}

	/** Nested maps flattened to dotted keys, lists as key[index], as Spring Boot names properties. */
	static Map<String, Object> flatten(Map<String, Object> map) {
		Map<String, Object> flat = new LinkedHashMap<>();
		flatten("", map, flat);
		return flat;
	}

	private static void flatten(String prefix, Object value, Map<String, Object> flat) {
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, child) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, flat));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				flatten(prefix + "[" + i + "]", list.get(i), flat);
			}
		}
		else {
			flat.put(prefix, value);
		}
	}

	private static org.yaml.snakeyaml.Yaml parser() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		return new org.yaml.snakeyaml.Yaml(options);
	}

}
