package dev.cloudshop.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every object the base and each overlay render is valid for the API it names: Kubernetes 1.34's
 * schema, strictly (unknown fields fail), Strimzi's model, or CloudNativePG's required fields.
 */
class KubernetesSchemaTests {

	static Stream<Arguments> renderedObjects() {
		List<Arguments> arguments = new ArrayList<>();
		List<String> directories = new ArrayList<>(List.of("k8s/base"));
		directories.addAll(Kustomize.overlays());
		for (String directory : directories) {
			for (Map<String, Object> object : Kustomize.render(directory)) {
				arguments.add(Arguments.of(directory, object.get("kind") + " " + Yaml.string(object, "metadata.name"), object));
			}
		}
		return arguments.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("renderedObjects")
	void validatesAgainstTheSchemaOfItsApi(String directory, String object, Map<String, Object> manifest) {
		assertThat(Schemas.violations(manifest)).as(directory + ": " + object).isEmpty();
	}

	@Test
	void rendersEveryOverlay() {
		assertThat(Kustomize.overlays()).contains("k8s/overlays/local", "k8s/overlays/production");
		Kustomize.overlays().forEach(overlay -> assertThat(Kustomize.render(overlay)).as(overlay).isNotEmpty());
	}

	/** The validators themselves: each must reject what the API server would. */
	@Nested
	class Validators {

		private Map<String, Object> manifest(String yaml) {
			return Yaml.loadAll(yaml).get(0);
		}

		private static final String DEPLOYMENT = """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: example
				spec:
				  selector:
				    matchLabels:
				      app: example
				  template:
				    metadata:
				      labels:
				        app: example
				    spec:
				      containers:
				        - name: example
				          image: example:1
				          ports:
				            - containerPort: %s
				          %s
				""";

		@Test
		void acceptsAValidDeployment() {
			assertThat(Schemas.violations(manifest(DEPLOYMENT.formatted("8080", "")))).isEmpty();
		}

		@Test
		void rejectsAFieldTheSchemaDoesNotDefine() {
			assertThat(Schemas.violations(manifest(DEPLOYMENT.formatted("8080", "readinesProbe: {}"))))
				.singleElement().asString().contains("readinesProbe");
		}

		@Test
		void rejectsAStringWhereTheSchemaWantsAnInteger() {
			assertThat(Schemas.violations(manifest(DEPLOYMENT.formatted("\"8080\"", "")))).singleElement()
				.asString()
				.contains("containerPort");
		}

		@Test
		void rejectsAMissingRequiredField() {
			assertThat(Schemas.violations(manifest(DEPLOYMENT.formatted("8080", "").replace("- name: example\n", "- \n"))))
				.singleElement().asString().contains("name");
		}

		@Test
		void rejectsAKindThePinnedVersionDoesNotServe() {
			assertThat(Schemas.violations(manifest("""
					apiVersion: autoscaling/v2beta2
					kind: HorizontalPodAutoscaler
					metadata:
					  name: old
					"""))).singleElement().asString().contains("autoscaling/v2beta2");
		}

		@Test
		void rejectsAnUnknownFieldInAStrimziResource() {
			assertThat(Schemas.violations(manifest("""
					apiVersion: kafka.strimzi.io/v1
					kind: KafkaTopic
					metadata:
					  name: t
					spec:
					  partitions: 3
					  replica: 3
					"""))).singleElement().asString().contains("spec.replica");
		}

		@Test
		void rejectsAStrimziResourceWithoutARequiredField() {
			assertThat(Schemas.violations(manifest("""
					apiVersion: kafka.strimzi.io/v1
					kind: Kafka
					metadata:
					  name: k
					spec:
					  kafka:
					    listeners:
					      - name: plain
					        port: 9092
					        type: internal
					"""))).anySatisfy(v -> assertThat(v).contains("tls"));
		}

		@Test
		void rejectsACloudNativePgClusterWithoutInstancesOrStorage() {
			assertThat(Schemas.violations(manifest("""
					apiVersion: postgresql.cnpg.io/v1
					kind: Cluster
					metadata:
					  name: db
					spec:
					  bootstrap:
					    initdb:
					      database: db
					      owner: db
					"""))).hasSize(2);
		}

		@Test
		void rejectsAnApiNoSchemaCovers() {
			assertThat(Schemas.violations(manifest("""
					apiVersion: example.com/v1
					kind: Thing
					metadata:
					  name: x
					"""))).isNotEmpty();
		}

	}

}
