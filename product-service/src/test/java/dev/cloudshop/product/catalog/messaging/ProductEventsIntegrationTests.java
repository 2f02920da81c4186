package dev.cloudshop.product.catalog.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.product.ProductApi.Response;
import dev.cloudshop.product.ProductServiceIntegrationTest;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

import static dev.cloudshop.product.ProductApi.PRODUCTS;
import static dev.cloudshop.product.ProductEventRecords.awaitExactly;
import static dev.cloudshop.product.ProductEventRecords.awaitRecords;
import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

class ProductEventsIntegrationTests extends ProductServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String KAFKA = SharedInfrastructure.kafkaBootstrapServers();

	@Test
	void publishesProductCreatedKeyedByProductIdWithCloudEventsHeaders() {
		Response created = api.create(aProduct().withStock(3));

		ConsumerRecord<String, String> record = awaitRecords(KAFKA, created.id(), 1).get(0);

		assertThat(record.topic()).isEqualTo("product.events");
		assertThat(record.key()).isEqualTo(created.id());
		assertThat(headers(record)).containsEntry("ce_specversion", "1.0")
			.containsEntry("ce_type", "cloudshop.product.ProductCreated.v1")
			.containsEntry("ce_source", "/cloudshop/product-service")
			.containsEntry("ce_subject", created.id())
			.containsEntry("ce_aggregatetype", "Product")
			.containsEntry("ce_aggregateversion", "1")
			.containsEntry("content-type", "application/json")
			.containsKeys("ce_id", "ce_time");
		assertThat(UUID.fromString(CloudEventHeaders.id(record.headers()))).isNotNull();
		assertThat(OffsetDateTime.parse(CloudEventHeaders.get(record.headers(), CloudEventHeaders.TIME))).isNotNull();
		JsonNode payload = JSON.readTree(record.value());
		assertThat(payload.get("productId").asString()).isEqualTo(created.id());
		assertThat(payload.get("sku").asString()).isEqualTo(created.text("sku"));
		assertThat(payload.get("price").decimalValue()).isEqualByComparingTo(created.body().get("price").decimalValue());
		assertThat(payload.get("stock").asInt()).isEqualTo(3);
	}

	@Test
	void publishesEveryChangeOfAProductOnceInVersionOrder() {
		Response created = api.create(aProduct().withStock(10));
		String id = created.id();
		for (int i = 1; i <= 5; i++) {
			api.adjustStock(id, -1, "Sold #" + i);
		}
		api.put(PRODUCTS + "/" + id, Map.of("name", "Renamed", "price", 5, "currency", "EUR"), HttpHeaders.IF_MATCH,
				"\"6\"");
		api.discontinue(id);

		List<ConsumerRecord<String, String>> records = awaitExactly(KAFKA, id, 8);

		assertThat(records).extracting((record) -> CloudEventHeaders.aggregateVersion(record.headers()))
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
		assertThat(records).extracting((record) -> record.partition()).containsOnly(records.get(0).partition());
		assertThat(records).extracting((record) -> CloudEventHeaders.type(record.headers()))
			.containsExactly("cloudshop.product.ProductCreated.v1", "cloudshop.product.StockAdjusted.v1",
					"cloudshop.product.StockAdjusted.v1", "cloudshop.product.StockAdjusted.v1",
					"cloudshop.product.StockAdjusted.v1", "cloudshop.product.StockAdjusted.v1",
					"cloudshop.product.ProductUpdated.v1", "cloudshop.product.ProductDiscontinued.v1");
		assertThat(records.subList(1, 6)).extracting((record) -> JSON.readTree(record.value()).get("stock").asInt())
			.containsExactly(9, 8, 7, 6, 5);
	}

	@Test
	void publishesNothingForARefusedChange() {
		Response created = api.create(aProduct().withStock(1));
		String id = created.id();
		assertThat(api.adjustStock(id, -2, "Sold").status()).isEqualTo(409);
		assertThat(api.put(PRODUCTS + "/" + id, Map.of("name", "Stale", "price", 5, "currency", "EUR"),
				HttpHeaders.IF_MATCH, "\"7\"").status()).isEqualTo(412);
		api.adjustStock(id, -1, "Sold");

		List<ConsumerRecord<String, String>> records = awaitExactly(KAFKA, id, 2);

		assertThat(records).extracting((record) -> CloudEventHeaders.aggregateVersion(record.headers()))
			.containsExactly(1L, 2L);
	}

	@Test
	void publishesPriceOnlyChangesAsProductPriceChanged() {
		Response created = api.create(aProduct().withName("Mug").withDescription("Stoneware").withPrice("10", "EUR"));

		api.put(PRODUCTS + "/" + created.id(),
				Map.of("name", "Mug", "description", "Stoneware", "price", 12.5, "currency", "EUR"),
				HttpHeaders.IF_MATCH, created.etag());

		ConsumerRecord<String, String> record = awaitRecords(KAFKA, created.id(), 2).get(1);
		assertThat(CloudEventHeaders.type(record.headers())).isEqualTo("cloudshop.product.ProductPriceChanged.v1");
		assertThat(JSON.readTree(record.value()).get("price").decimalValue()).isEqualByComparingTo("12.50");
	}

	@Test
	void publishesJsonWithTheShapeOfTheGoldenSamples() {
		Response created = api.create(aProduct().withName("Mug").withDescription("Stoneware"));
		String id = created.id();
		api.put(PRODUCTS + "/" + id, Map.of("name", "Mug", "description", "Stoneware", "price", 3, "currency", "EUR"),
				HttpHeaders.IF_MATCH, "\"1\"");
		api.put(PRODUCTS + "/" + id, Map.of("name", "Big mug", "price", 4, "currency", "EUR"), HttpHeaders.IF_MATCH,
				"\"2\"");
		api.adjustStock(id, 2, "Goods received");
		api.discontinue(id);

		List<ConsumerRecord<String, String>> records = awaitRecords(KAFKA, id, 5);

		assertThat(records).extracting((record) -> GoldenSamples.sampleName(CloudEventHeaders.type(record.headers())))
			.containsExactlyInAnyOrder("ProductCreated.v1", "ProductPriceChanged.v1", "ProductUpdated.v1",
					"StockAdjusted.v1", "ProductDiscontinued.v1");
		records.forEach((record) -> GoldenSamples.assertSameShape("product.events",
				CloudEventHeaders.type(record.headers()), record.value()));
	}

	@Test
	void carriesTheTraceContextOfTheRequestThatMadeTheChange() {
		String traceId = UUID.randomUUID().toString().replace("-", "");
		String traceparent = "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";

		Response created = api.post(PRODUCTS, aProduct().asNewProductRequest(), "traceparent", traceparent);

		ConsumerRecord<String, String> record = awaitRecords(KAFKA, created.id(), 1).get(0);
		assertThat(CloudEventHeaders.traceparent(record.headers()))
			.hasValueSatisfying((propagated) -> assertThat(propagated).matches("00-" + traceId + "-[0-9a-f]{16}-01"));
	}

	private static Map<String, String> headers(ConsumerRecord<String, String> record) {
		Map<String, String> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		return headers;
	}

}
