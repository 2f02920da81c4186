package dev.cloudshop.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CloudNativePG's Cluster. Its CRD schema is published neither to Maven Central nor to npm, so
 * the fields a Cluster cannot do without are checked here, as the CRD and the operator's
 * admission webhook require them: spec.instances (an integer of at least 1), spec.storage.size
 * (a quantity; the webhook refuses a cluster without storage), and a complete bootstrap.initdb.
 */
final class CloudNativePgSchema {

	static final String API_VERSION = "postgresql.cnpg.io/v1";

	private static final Pattern QUANTITY = Pattern.compile("^[0-9]+(\\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|k|M|G|T|P)?$");

	private static final Pattern IDENTIFIER = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

	private CloudNativePgSchema() {
	}

	static boolean covers(String apiVersion) {
		return apiVersion.startsWith("postgresql.cnpg.io/");
	}

	static List<String> violations(Map<String, Object> object) {
		String what = object.get("kind") + " " + Yaml.string(object, "metadata.name") + " (" + object.get("apiVersion") + ")";
		List<String> violations = new ArrayList<>();
		if (!API_VERSION.equals(object.get("apiVersion")) || !"Cluster".equals(object.get("kind"))) {
			return List.of(what + ": only " + API_VERSION + " Cluster is checked; add a check before using another kind");
		}
		if (!(Yaml.at(object, "spec.instances") instanceof Integer instances) || instances < 1) {
			violations.add(what + ": spec.instances is required, an integer of at least 1");
		}
		Object size = Yaml.at(object, "spec.storage.size");
		if (size == null || !QUANTITY.matcher(size.toString()).matches()) {
			violations.add(what + ": spec.storage.size is required, a quantity such as 10Gi");
		}
		Object initdb = Yaml.at(object, "spec.bootstrap.initdb");
		if (initdb != null) {
			for (String field : List.of("database", "owner")) {
				Object value = Yaml.at(initdb, field);
				if (value == null || !IDENTIFIER.matcher(value.toString()).matches()) {
					violations.add(what + ": spec.bootstrap.initdb." + field + " is required, a PostgreSQL identifier");
				}
			}
			if (Yaml.at(initdb, "secret") != null && Yaml.at(initdb, "secret.name") == null) {
				violations.add(what + ": spec.bootstrap.initdb.secret needs a name");
			}
		}
		return violations;
	}

}
