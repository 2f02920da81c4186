package dev.cloudshop.deployment;

import java.util.List;
import java.util.Map;

/** Picks the schema an object is checked against, by its apiVersion; an object no schema covers fails. */
final class Schemas {

	private Schemas() {
	}

	static List<String> violations(Map<String, Object> object) {
		String apiVersion = String.valueOf(object.get("apiVersion"));
		if (StrimziSchema.covers(apiVersion)) {
			return StrimziSchema.violations(object);
		}
		if (CloudNativePgSchema.covers(apiVersion)) {
			return CloudNativePgSchema.violations(object);
		}
		return KubernetesApiSchema.violations(object);
	}

}
