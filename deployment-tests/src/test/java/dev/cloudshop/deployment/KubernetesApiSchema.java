package dev.cloudshop.deployment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.kubernetes.client.openapi.JSON;

/**
 * The Kubernetes API schema of one pinned Kubernetes version: the models of
 * io.kubernetes:client-java-api, generated from that version's OpenAPI specification
 * (client-java 26 = Kubernetes 1.34). A rendered object is valid when
 * <ul>
 * <li>its apiVersion and kind name a type that version serves (the generated API has a create
 * call for it),</li>
 * <li>the generated strict validation accepts it: no field the schema does not define (as
 * {@code kubectl apply --validate=strict}), every required field present, arrays and scalars
 * where the schema has them,</li>
 * <li>it reads into the typed model and writes back unchanged, so no value had to be coerced
 * (a port written as "8080" where the schema wants an integer fails here).</li>
 * </ul>
 */
final class KubernetesApiSchema {

	static final String KUBERNETES_VERSION = "1.34";

	private static final String MODELS = "io.kubernetes.client.openapi.models.";

	private static final String APIS = "io.kubernetes.client.openapi.apis.";

	private static final Gson PLAIN = new Gson();

	private static final Map<String, Boolean> SERVED = new ConcurrentHashMap<>();

	private KubernetesApiSchema() {
	}

	/** Whether the pinned Kubernetes API serves this apiVersion at all (custom resources do not). */
	static boolean serves(String apiVersion) {
		return apiClass(apiVersion).isPresent();
	}

	static List<String> violations(Map<String, Object> object) {
		String apiVersion = String.valueOf(object.get("apiVersion"));
		String kind = String.valueOf(object.get("kind"));
		String name = Yaml.string(object, "metadata.name");
		String what = kind + " " + name + " (" + apiVersion + ")";
		Optional<Class<?>> api = apiClass(apiVersion);
		if (api.isEmpty()) {
			return List.of(what + ": Kubernetes " + KUBERNETES_VERSION + " serves no API " + apiVersion);
		}
		boolean served = SERVED.computeIfAbsent(apiVersion + " " + kind, key -> Arrays.stream(api.get().getMethods())
			.anyMatch(m -> m.getName().equals("createNamespaced" + kind) || m.getName().equals("create" + kind)));
		if (!served) {
			return List.of(what + ": Kubernetes " + KUBERNETES_VERSION + " serves no kind " + kind + " in " + apiVersion);
		}
		Optional<Class<?>> model = modelClass(apiVersion, kind);
		if (model.isEmpty()) {
			return List.of(what + ": no schema for it in client-java-api");
		}
		JsonElement written = PLAIN.toJsonTree(object);
		List<String> violations = new ArrayList<>();
		try {
			Method validate = model.get().getMethod("validateJsonElement", JsonElement.class);
			validate.invoke(null, written);
		}
		catch (InvocationTargetException ex) {
			violations.add(what + ": " + ex.getCause().getMessage());
			return violations;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		Object typed;
		try {
			typed = JSON.deserialize(written.toString(), model.get());
		}
		catch (RuntimeException ex) {
			violations.add(what + ": " + ex.getMessage());
			return violations;
		}
		compare(what, "", written, JSON.getGson().toJsonTree(typed), violations);
		return violations;
	}

	private static void compare(String what, String path, JsonElement written, JsonElement read, List<String> violations) {
		if (written.isJsonObject() && read != null && read.isJsonObject()) {
			JsonObject readObject = read.getAsJsonObject();
			written.getAsJsonObject().entrySet()
				.forEach(e -> compare(what, path + "." + e.getKey(), e.getValue(), readObject.get(e.getKey()), violations));
		}
		else if (written.isJsonArray() && read != null && read.isJsonArray()
				&& written.getAsJsonArray().size() == read.getAsJsonArray().size()) {
			for (int i = 0; i < written.getAsJsonArray().size(); i++) {
				compare(what, path + "[" + i + "]", written.getAsJsonArray().get(i), read.getAsJsonArray().get(i), violations);
			}
		}
		else if (written.isJsonNull() && read == null) {
			return;
		}
		else if (!written.equals(read) && !(written.isJsonObject() && written.getAsJsonObject().isEmpty() && read == null)) {
			violations.add(what + ": " + path.substring(1) + " is " + written + " but the schema reads it as " + read);
		}
	}

	private static Optional<Class<?>> apiClass(String apiVersion) {
		String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "core";
		String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
		StringBuilder name = new StringBuilder();
		for (String part : group.replace(".k8s.io", "").split("\\.")) {
			name.append(capitalize(part));
		}
		return load(APIS + name + capitalize(version) + "Api");
	}

	private static Optional<Class<?>> modelClass(String apiVersion, String kind) {
		String version = capitalize(apiVersion.substring(apiVersion.indexOf('/') + 1));
		return load(MODELS + version + kind)
			.or(() -> apiClass(apiVersion).flatMap(api -> load(MODELS + api.getSimpleName().replace("Api", "") + kind)));
	}

	private static Optional<Class<?>> load(String className) {
		try {
			return Optional.of(Class.forName(className));
		}
		catch (ClassNotFoundException ex) {
			return Optional.empty();
		}
	}

	private static String capitalize(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
	}

}
