package dev.cloudshop.deployment;

import java.util.List;
import java.util.Map;

import static dev.cloudshop.deployment.Yaml.asList;
import static dev.cloudshop.deployment.Yaml.asMap;
import static dev.cloudshop.deployment.Yaml.at;
import static dev.cloudshop.deployment.Yaml.maps;

/**
 * Kubernetes NetworkPolicy semantics for ingress, enough to answer "may this pod connect to that
 * one": a pod no policy selects accepts everyone; a selected pod accepts a source that some rule
 * of some selecting policy admits (podSelector, namespaceSelector, or both together).
 */
record NetworkPolicies(List<Map<String, Object>> policies) {

	/** A pod as policies see it: its namespace's labels and its own. */
	record Pod(String description, String namespace, Map<String, String> labels) {

		Map<String, String> namespaceLabels() {
			return Map.of("kubernetes.io/metadata.name", namespace);
		}

	}

	static NetworkPolicies of(Manifests manifests) {
		return new NetworkPolicies(manifests.ofKind("NetworkPolicy"));
	}

	boolean allows(Pod source, Pod destination) {
		List<Map<String, Object>> selecting = policies.stream()
			.filter(p -> destination.namespace().equals(namespace(p)))
			.filter(p -> asList(at(p, "spec.policyTypes")).contains("Ingress") || at(p, "spec.ingress") != null)
			.filter(p -> matches(asMap(at(p, "spec.podSelector")), destination.labels()))
			.toList();
		if (selecting.isEmpty()) {
			return true;
		}
		for (Map<String, Object> policy : selecting) {
			for (Map<String, Object> rule : maps(at(policy, "spec.ingress"))) {
				List<Map<String, Object>> peers = maps(rule.get("from"));
				if (peers.isEmpty() || peers.stream().anyMatch(peer -> admits(peer, namespace(policy), source))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean admits(Map<String, Object> peer, String policyNamespace, Pod source) {
		Object podSelector = peer.get("podSelector");
		Object namespaceSelector = peer.get("namespaceSelector");
		if (podSelector == null && namespaceSelector == null) {
			return false; // an ipBlock: no pod of the cluster
		}
		boolean namespaceMatches = (namespaceSelector != null)
				? matches(asMap(namespaceSelector), source.namespaceLabels())
				: source.namespace().equals(policyNamespace);
		boolean podMatches = podSelector == null || matches(asMap(podSelector), source.labels());
		return namespaceMatches && podMatches;
	}

	static boolean matches(Map<String, Object> selector, Map<String, String> labels) {
		for (Map.Entry<String, Object> label : asMap(selector.get("matchLabels")).entrySet()) {
			if (!String.valueOf(label.getValue()).equals(labels.get(label.getKey()))) {
				return false;
			}
		}
		for (Map<String, Object> expression : maps(selector.get("matchExpressions"))) {
			String value = labels.get(String.valueOf(expression.get("key")));
			List<Object> values = asList(expression.get("values"));
			boolean ok = switch (String.valueOf(expression.get("operator"))) {
				case "In" -> value != null && values.contains(value);
				case "NotIn" -> value == null || !values.contains(value);
				case "Exists" -> value != null;
				case "DoesNotExist" -> value == null;
				default -> throw new IllegalArgumentException("Unknown operator in " + expression);
			};
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	private static String namespace(Map<String, Object> object) {
		Object namespace = at(object, "metadata.namespace");
		return (namespace != null) ? namespace.toString() : "default";
	}

}
