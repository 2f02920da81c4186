package dev.cloudshop.deployment;

import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import org.springframework.asm.AnnotationVisitor;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.FieldVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * Strimzi's custom resources, checked against Strimzi's own API model (io.strimzi:api, the
 * classes Strimzi generates its CRD schemas from; the CRD YAML itself is not published to Maven
 * Central). An object is valid when it reads into the model with no property the model does not
 * define, every required property present (Jackson's required flag and Strimzi's
 * {@code @RequiredInVersions}, read from the class files), and writes back unchanged.
 */
final class StrimziSchema {

	static final String GROUP = "kafka.strimzi.io";

	private static final List<Class<? extends HasMetadata>> KINDS = List.of(Kafka.class, KafkaNodePool.class,
			KafkaTopic.class, KafkaUser.class);

	private static final ObjectMapper MAPPER = new ObjectMapper();

	/** Strimzi's API versions, oldest first. */
	private static final List<String> VERSION_ORDER = List.of("v1alpha1", "v1beta1", "v1beta2", "v1");

	private static final Map<String, Set<String>> REQUIRED = new ConcurrentHashMap<>();

	private StrimziSchema() {
	}

	static boolean covers(String apiVersion) {
		return apiVersion.startsWith(GROUP + "/");
	}

	static List<String> violations(Map<String, Object> object) {
		String apiVersion = String.valueOf(object.get("apiVersion"));
		String kind = String.valueOf(object.get("kind"));
		String what = kind + " " + Yaml.string(object, "metadata.name") + " (" + apiVersion + ")";
		Optional<Class<? extends HasMetadata>> model = KINDS.stream().filter(k -> HasMetadata.getKind(k).equals(kind)).findFirst();
		if (model.isEmpty()) {
			return List.of(what + ": Strimzi's API has no kind " + kind);
		}
		List<String> versions = versions(model.get());
		String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
		if (!versions.contains(version)) {
			return List.of(what + ": Strimzi's API (as pinned by this build) serves " + kind + " in " + versions + " only");
		}
		Object typed;
		try {
			typed = MAPPER.convertValue(object, model.get());
		}
		catch (IllegalArgumentException ex) {
			return List.of(what + ": " + ex.getMessage());
		}
		List<String> violations = new ArrayList<>();
		JsonNode written = MAPPER.valueToTree(object);
		walk(what, version, "", typed, written, violations, new IdentityHashMap<>());
		((ObjectNode) written).remove("apiVersion");
		compare(what, "", written, MAPPER.valueToTree(typed), violations);
		return violations;
	}

	@SuppressWarnings("unchecked")
	private static List<String> versions(Class<?> kind) {
		try {
			return (List<String>) kind.getField("VERSIONS").get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(kind + " lists no VERSIONS", ex);
		}
	}

	/** Walks the typed model and the manifest as written side by side. */
	private static void walk(String what, String version, String path, Object value, JsonNode written,
			List<String> violations, Map<Object, Object> seen) {
		if (value == null || seen.put(value, value) != null) {
			return;
		}
		if (value instanceof Collection<?> collection) {
			int i = 0;
			for (Object item : collection) {
				walk(what, version, path + "[" + i + "]", item, (written != null) ? written.get(i) : null, violations, seen);
				i++;
			}
			return;
		}
		if (value instanceof Map<?, ?> || !isModel(value.getClass())) {
			return;
		}
		Set<String> required = required(value.getClass(), version);
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
					|| getter.getDeclaringClass() == Object.class) {
				continue;
			}
			String property = property(getter);
			if (property == null) {
				continue;
			}
			Object child;
			try {
				child = getter.invoke(value);
			}
			catch (ReflectiveOperationException ex) {
				continue;
			}
			if (property.equals("additionalProperties")) {
				if (child instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
					unknown.keySet().forEach(key -> violations.add(what + ": " + path(path, key) + " is not a field of "
							+ value.getClass().getSimpleName()));
				}
				continue;
			}
			JsonNode writtenChild = (written != null) ? written.get(property) : null;
			if (required.contains(property) && (writtenChild == null || writtenChild.isNull())) {
				violations.add(what + ": " + path(path, property) + " is required");
			}
			walk(what, version, path(path, property), child, writtenChild, violations, seen);
		}
	}

	private static String path(String path, Object property) {
		return path.isEmpty() ? String.valueOf(property) : path + "." + property;
	}

	private static boolean isModel(Class<?> type) {
		String name = type.getName();
		return name.startsWith("io.strimzi.api.") || name.startsWith("io.fabric8.kubernetes.api.model.");
	}

	private static String property(Method getter) {
		JsonProperty json = getter.getAnnotation(JsonProperty.class);
		if (json != null && !json.value().isEmpty()) {
			return json.value();
		}
		String name = getter.getName();
		if (name.startsWith("get") && name.length() > 3) {
			return Introspector.decapitalize(name.substring(3));
		}
		if (name.startsWith("is") && name.length() > 2 && getter.getReturnType() == boolean.class) {
			return Introspector.decapitalize(name.substring(2));
		}
		return null;
	}

	/** Properties required in an API version: Jackson's required=true, and Strimzi's @RequiredInVersions. */
	private static Set<String> required(Class<?> type, String version) {
		return REQUIRED.computeIfAbsent(type.getName() + "@" + version, key -> {
			Class<?> t = type;
			Set<String> required = new HashSet<>();
			for (Class<?> c = t; c != null && isModel(c); c = c.getSuperclass()) {
				for (Method method : c.getDeclaredMethods()) {
					JsonProperty json = method.getAnnotation(JsonProperty.class);
					if (json != null && json.required() && property(method) != null) {
						required.add(property(method));
					}
				}
				required.addAll(requiredInVersions(c, version));
			}
			return required;
		});
	}

	/** @RequiredInVersions is a build-time annotation whose class is not on the classpath: read the bytecode. */
	private static Set<String> requiredInVersions(Class<?> type, String version) {
		Set<String> required = new HashSet<>();
		String resource = type.getName().replace('.', '/') + ".class";
		try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return required;
			}
			new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
				@Override
				public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
					String property = name.startsWith("get") && name.length() > 3 ? Introspector.decapitalize(name.substring(3)) : null;
					return new MethodVisitor(Opcodes.ASM9) {
						@Override
						public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
							return requiredVisitor(annotation, property, version, required);
						}
					};
				}

				@Override
				public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
					return new FieldVisitor(Opcodes.ASM9) {
						@Override
						public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
							return requiredVisitor(annotation, name, version, required);
						}
					};
				}
			}, ClassReader.SKIP_CODE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return required;
	}

	private static AnnotationVisitor requiredVisitor(String annotation, String property, String version,
			Set<String> required) {
		if (property == null || !annotation.endsWith("/RequiredInVersions;")) {
			return null;
		}
		return new AnnotationVisitor(Opcodes.ASM9) {
			@Override
			public void visit(String name, Object value) {
				// "v1beta2+": that version and every later one; "v1beta2": that version only
				String versions = String.valueOf(value);
				String from = versions.replace("+", "");
				boolean applies = versions.endsWith("+")
						? VERSION_ORDER.indexOf(version) >= VERSION_ORDER.indexOf(from) && VERSION_ORDER.contains(from)
						: versions.equals(version);
				if (applies) {
					required.add(property);
				}
			}
		};
	}

	private static void compare(String what, String path, JsonNode written, JsonNode read, List<String> violations) {
		if (written.isObject() && read != null && read.isObject()) {
			written.properties().forEach(e -> compare(what, path(path, e.getKey()), e.getValue(), read.get(e.getKey()), violations));
		}
		else if (written.isArray() && read != null && read.isArray() && written.size() == read.size()) {
			for (int i = 0; i < written.size(); i++) {
				compare(what, path + "[" + i + "]", written.get(i), read.get(i), violations);
			}
		}
		else if (read != null && !written.equals(read)) {
			// Strimzi's model leaves defaults out when it writes (read == null); anything else is a coercion
			violations.add(what + ": " + path + " is " + written + " but Strimzi's model reads it as " + read);
		}
	}

}
