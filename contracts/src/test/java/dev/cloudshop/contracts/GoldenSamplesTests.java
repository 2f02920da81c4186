package dev.cloudshop.contracts;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldenSamplesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Nested
	class ProductEvents {

		@ParameterizedTest
		@ValueSource(strings = { "ProductCreated.v1", "ProductUpdated.v1", "ProductPriceChanged.v1",
				"ProductDiscontinued.v1", "StockAdjusted.v1" })
		void holdsOneObjectPerTypeCarryingTheProductId(String type) {
			JsonNode sample = GoldenSamples.load("product.events", type);

			assertThat(sample.isObject()).isTrue();
			assertThat(sample.get("productId").isString()).isTrue();
		}

		@Test
		void findsASampleByItsCloudEventsType() {
			assertThat(GoldenSamples.text("product.events", "cloudshop.product.StockAdjusted.v1"))
				.isEqualTo(GoldenSamples.text("product.events", "StockAdjusted.v1"));
		}

	}

	@Nested
	class SampleNames {

		@Test
		void takesTheTypeAndVersionOfACloudEventsType() {
			assertThat(GoldenSamples.sampleName("cloudshop.product.ProductCreated.v1")).isEqualTo("ProductCreated.v1");
			assertThat(GoldenSamples.sampleName("ProductCreated.v12")).isEqualTo("ProductCreated.v12");
		}

		@Test
		void rejectsATypeWithoutVersion() {
			assertThatIllegalArgumentException().isThrownBy(() -> GoldenSamples.sampleName("cloudshop.product.ProductCreated"));
		}

		@Test
		void rejectsAnUnknownSample() {
			assertThatIllegalArgumentException().isThrownBy(() -> GoldenSamples.text("product.events", "Nothing.v1"))
				.withMessageContaining("contracts/product.events/Nothing.v1.json");
		}

	}

	@Nested
	class Shapes {

		private final JsonNode sample = JSON.readTree("""
				{"id": "a", "amount": 1.5, "count": 2, "active": true, "tags": ["x"], "owner": {"name": "n"}}
				""");

		@Test
		void acceptsOtherValuesOfTheSameTypes() {
			assertThat(differences("""
					{"id": "b", "amount": 7, "count": 3.25, "active": false, "tags": [], "owner": {"name": "m"}}
					""")).isEmpty();
		}

		@Test
		void reportsAMissingField() {
			assertThat(differences("""
					{"id": "b", "amount": 7, "active": false, "tags": [], "owner": {"name": "m"}}
					""")).containsExactly("$.count is missing");
		}

		@Test
		void reportsAFieldTheSampleLacks() {
			assertThat(differences("""
					{"id": "b", "amount": 7, "count": 1, "active": false, "tags": [], "owner": {"name": "m"}, "extra": 1}
					""")).containsExactly("$.extra is not in the sample");
		}

		@Test
		void reportsAnotherJsonType() {
			assertThat(differences("""
					{"id": 1, "amount": "7", "count": null, "active": false, "tags": [], "owner": {"name": "m"}}
					""")).containsExactly("$.amount is a string, the sample has a number", "$.count is null, the sample has a number",
					"$.id is a number, the sample has a string");
		}

		@Test
		void comparesNestedObjectsAndArrayElements() {
			assertThat(differences("""
					{"id": "b", "amount": 7, "count": 1, "active": false, "tags": ["y", 2], "owner": {"nom": "m"}}
					""")).containsExactly("$.owner.name is missing", "$.owner.nom is not in the sample",
					"$.tags[1] is a number, the sample has a string");
		}

		private List<String> differences(String json) {
			return GoldenSamples.shapeDifferences(this.sample, JSON.readTree(json));
		}

	}

	@Nested
	class Assertion {

		@Test
		void passesForTheSampleItself() {
			assertThatNoException().isThrownBy(() -> GoldenSamples.assertSameShape("product.events",
					"ProductCreated.v1", GoldenSamples.text("product.events", "ProductCreated.v1")));
		}

		@Test
		void failsListingTheDifferences() {
			assertThatThrownBy(() -> GoldenSamples.assertSameShape("product.events", "ProductDiscontinued.v1",
					"{\"productId\": 42, \"reason\": \"x\"}"))
				.isInstanceOf(AssertionError.class)
				.hasMessageContaining("$.productId is a number, the sample has a string")
				.hasMessageContaining("$.reason is not in the sample");
		}

	}

}
