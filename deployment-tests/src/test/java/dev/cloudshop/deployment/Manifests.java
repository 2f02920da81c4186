package dev.cloudshop.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.cloudshop.deployment.Yaml.asMap;
import static dev.cloudshop.deployment.Yaml.at;
import static dev.cloudshop.deployment.Yaml.maps;
import static dev.cloudshop.deployment.Yaml.string;

/** The objects one kustomization renders, and the questions the checks ask of them. */
record Manifests(String directory, List<Map<String, Object>> objects) {

	/** A Secret a workload or an Ingress refers to, and the key it reads (null: all of it). */
	record SecretReference(String referrer, String secret, String key) {
	}

	static Manifests render(String directory) {
		return new Manifests(directory, Kustomize.render(directory));
	}

	String name() {
		return directory.substring(directory.lastIndexOf('/') + 1);
	}

	List<Map<String, Object>> ofKind(String kind) {
		return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
	}

	Optional<Map<String, Object>> find(String kind, String name) {
		return ofKind(kind).stream().filter(o -> name.equals(string(o, "metadata.name"))).findFirst();
	}

	Map<String, Object> get(String kind, String name) {
		return find(kind, name).orElseThrow(() -> new AssertionError(directory + " renders no " + kind + " " + name));
	}

	/** Deployments and StatefulSets: what runs pods. */
	List<Map<String, Object>> workloads() {
		return objects.stream().filter(o -> "Deployment".equals(o.get("kind")) || "StatefulSet".equals(o.get("kind"))).toList();
	}

	static Map<String, Object> podSpec(Map<String, Object> workload) {
		return asMap(at(workload, "spec.template.spec"));
	}

	static Map<String, String> podLabels(Map<String, Object> workload) {
		Map<String, String> labels = new LinkedHashMap<>();
		asMap(at(workload, "spec.template.metadata.labels")).forEach((k, v) -> labels.put(k, String.valueOf(v)));
		return labels;
	}

	static Map<String, Object> container(Map<String, Object> workload, String name) {
		return maps(podSpec(workload).get("containers")).stream()
			.filter(c -> name.equals(c.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(string(workload, "metadata.name") + " has no container " + name));
	}

	static Optional<Integer> containerPort(Map<String, Object> container, String portName) {
		return maps(container.get("ports")).stream()
			.filter(p -> portName.equals(p.get("name")))
			.map(p -> ((Number) p.get("containerPort")).intValue())
			.findFirst();
	}

	/**
	 * The environment the container gets, values resolved from the rendered ConfigMaps; a value
	 * from a Secret reads {@code <secret name/key>}.
	 */
	Map<String, String> environment(Map<String, Object> container) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (Map<String, Object> source : maps(container.get("envFrom"))) {
			String configMap = string(source, "configMapRef.name");
			if (configMap != null) {
				asMap(get("ConfigMap", configMap).get("data")).forEach((k, v) -> environment.put(k, String.valueOf(v)));
			}
			String secret = string(source, "secretRef.name");
			if (secret != null) {
				find("Secret", secret).ifPresent(s -> asMap(s.get("data")).keySet()
					.forEach(k -> environment.put(k, "<secret " + secret + "/" + k + ">")));
			}
		}
		for (Map<String, Object> variable : maps(container.get("env"))) {
			String name = String.valueOf(variable.get("name"));
			if (variable.containsKey("value")) {
				environment.put(name, String.valueOf(variable.get("value")));
			}
			else if (at(variable, "valueFrom.configMapKeyRef") != null) {
				String configMap = string(variable, "valueFrom.configMapKeyRef.name");
				String key = string(variable, "valueFrom.configMapKeyRef.key");
				Object value = asMap(get("ConfigMap", configMap).get("data")).get(key);
				if (value == null) {
					throw new AssertionError(directory + ": ConfigMap " + configMap + " has no key " + key);
				}
				environment.put(name, String.valueOf(value));
			}
			else if (at(variable, "valueFrom.secretKeyRef") != null) {
				environment.put(name, "<secret " + string(variable, "valueFrom.secretKeyRef.name") + "/"
						+ string(variable, "valueFrom.secretKeyRef.key") + ">");
			}
			else {
				environment.put(name, "<from the pod>");
			}
		}
		return environment;
	}

	List<SecretReference> secretReferences() {
		List<SecretReference> references = new ArrayList<>();
		for (Map<String, Object> workload : workloads()) {
			String referrer = workload.get("kind") + " " + string(workload, "metadata.name");
			Map<String, Object> pod = podSpec(workload);
			List<Map<String, Object>> containers = new ArrayList<>(maps(pod.get("containers")));
			containers.addAll(maps(pod.get("initContainers")));
			for (Map<String, Object> container : containers) {
				for (Map<String, Object> variable : maps(container.get("env"))) {
					if (at(variable, "valueFrom.secretKeyRef") != null) {
						references.add(new SecretReference(referrer, string(variable, "valueFrom.secretKeyRef.name"),
								string(variable, "valueFrom.secretKeyRef.key")));
					}
				}
				for (Map<String, Object> source : maps(container.get("envFrom"))) {
					if (at(source, "secretRef") != null) {
						references.add(new SecretReference(referrer, string(source, "secretRef.name"), null));
					}
				}
			}
			for (Map<String, Object> volume : maps(pod.get("volumes"))) {
				if (at(volume, "secret") != null) {
					references.add(new SecretReference(referrer, string(volume, "secret.secretName"), null));
				}
			}
		}
		for (Map<String, Object> ingress : ofKind("Ingress")) {
			for (Map<String, Object> tls : maps(at(ingress, "spec.tls"))) {
				references.add(new SecretReference("Ingress " + string(ingress, "metadata.name"),
						String.valueOf(tls.get("secretName")), null));
			}
		}
		return references;
	}

}
