package dev.cloudshop.product.catalog;

import java.util.List;

import dev.cloudshop.product.ProductApi.Response;
import dev.cloudshop.product.ProductServiceIntegrationTest;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.Parallel;
import dev.cloudshop.testsupport.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.cloudshop.product.ProductApi.PRODUCTS;
import static dev.cloudshop.product.ProductEventRecords.awaitExactly;
import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel writers of one product: the row lock serialises them, so stock never goes below
 * zero and every accepted adjustment counts exactly once.
 */
class StockConcurrencyIntegrationTests extends ProductServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void acceptsExactlyAsManyWithdrawalsAsThereAreUnits() throws Exception {
		String id = api.create(aProduct().withStock(20)).id();

		List<Response> responses = Parallel.run(40, (i) -> () -> api.adjustStock(id, -1, "Order #" + i));

		assertThat(responses).extracting(Response::status).containsOnly(200, 409);
		assertThat(responses).filteredOn((response) -> response.status() == 200).hasSize(20);
		Response product = api.get(PRODUCTS + "/" + id);
		assertThat(product.stock()).isZero();
		assertThat(product.version()).isEqualTo(21);
	}

	@Test
	void keepsStockEqualToTheInitialStockPlusTheAcceptedDeltas() throws Exception {
		int initialStock = 10;
		String id = api.create(aProduct().withStock(initialStock)).id();
		int[] deltas = { -3, 2, -4, -1, 5, -6, -2, 1, -3, -5, 4, -1, -2, 3, -4, -1, 2, -3, -2, -1, 1, -5, -2, 2 };

		List<Response> responses = Parallel.run(deltas.length,
				(i) -> () -> api.adjustStock(id, deltas[i], "Adjustment #" + i));

		int acceptedSum = 0;
		int accepted = 0;
		for (int i = 0; i < deltas.length; i++) {
			int status = responses.get(i).status();
			assertThat(status).isIn(200, 409);
			if (status == 200) {
				acceptedSum += deltas[i];
				accepted++;
			}
		}
		Response product = api.get(PRODUCTS + "/" + id);
		assertThat(product.stock()).isEqualTo(initialStock + acceptedSum).isNotNegative();
		assertThat(product.version()).isEqualTo(1 + accepted);
		assertEventsChainStockFrom(id, initialStock, accepted);
	}

	@Test
	void createsOneProductWhenTheSameSkuArrivesInParallel() throws Exception {
		ProductBuilder product = aProduct();

		List<Response> responses = Parallel.run(8, (i) -> () -> api.post(PRODUCTS, product.asNewProductRequest()));

		assertThat(responses).extracting(Response::status).containsOnly(201, 409);
		assertThat(responses).filteredOn((response) -> response.status() == 201).hasSize(1);
		assertThat(responses).filteredOn((response) -> response.status() == 409)
			.allSatisfy((response) -> assertThat(response.problemType()).isEqualTo("duplicate-sku"));
	}

	/** Each StockAdjusted event starts from the stock the previous one left: the writers never overlapped. */
	private static void assertEventsChainStockFrom(String id, int initialStock, int adjustments) {
		List<ConsumerRecord<String, String>> records = awaitExactly(SharedInfrastructure.kafkaBootstrapServers(), id,
				1 + adjustments);
		int stock = initialStock;
		for (ConsumerRecord<String, String> record : records.subList(1, records.size())) {
			JsonNode event = JSON.readTree(record.value());
			stock += event.get("delta").asInt();
			assertThat(event.get("stock").asInt()).isEqualTo(stock).isNotNegative();
			assertThat(CloudEventHeaders.aggregateVersion(record.headers())).isEqualTo(records.indexOf(record) + 1);
		}
	}

}
