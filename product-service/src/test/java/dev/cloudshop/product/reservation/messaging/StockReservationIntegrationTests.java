package dev.cloudshop.product.reservation.messaging;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.product.ProductApi.Response;
import dev.cloudshop.product.ProductEventRecords;
import dev.cloudshop.product.ProductServiceIntegrationTest;
import dev.cloudshop.product.reservation.messaging.OrderServiceStub.Reply;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.SharedInfrastructure;
import dev.cloudshop.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static dev.cloudshop.product.ProductApi.PRODUCTS;
import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static dev.cloudshop.product.reservation.messaging.ProductCommandBuilder.aReleaseStock;
import static dev.cloudshop.product.reservation.messaging.ProductCommandBuilder.aReserveStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The order saga's stock step, driven as order-service drives it: commands on product.commands
 * (key = order id, CloudEvents headers), replies read from product.events.
 */
class StockReservationIntegrationTests extends ProductServiceIntegrationTest {

	private static final String DEAD_LETTER_TOPIC = "product-service.dlt";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final OrderServiceStub orderService = new OrderServiceStub();

	private final UUID orderId = UUID.randomUUID();

	@AfterAll
	static void closeOrderService() {
		orderService.close();
	}

	@Nested
	class ReserveStock {

		@Test
		void reservesEveryLineAndRepliesStockReserved() {
			String mug = createProduct(5);
			String shirt = createProduct(3);

			orderService.send(aReserveStock(orderId).withLine(mug, 2).withLine(shirt, 3));

			Reply reply = orderService.awaitReplies(orderId, 1).get(0);
			assertThat(reply.type()).isEqualTo("cloudshop.product.StockReserved.v1");
			assertThat(reply.version()).isEqualTo(1);
			assertThat(reply.record().key()).isEqualTo(orderId.toString());
			assertThat(CloudEventHeaders.aggregateType(reply.record().headers())).isEqualTo("StockReservation");
			assertThat(CloudEventHeaders.subject(reply.record().headers())).isEqualTo(orderId.toString());
			assertThat(reply.value()).isEqualTo(JSON.readTree("""
					{"orderId": "%s", "lines": [{"productId": "%s", "quantity": 2}, {"productId": "%s", "quantity": 3}]}
					""".formatted(orderId, mug, shirt)));
			assertThat(stockOf(mug)).isEqualTo(3);
			assertThat(stockOf(shirt)).isZero();
		}

		@Test
		void publishesStockAdjustedWithTheProductsNextVersion() {
			String mug = createProduct(5);
			api.adjustStock(mug, 1, "Goods received");

			orderService.send(aReserveStock(orderId).withLine(mug, 1).withLine(mug, 2));

			List<ConsumerRecord<String, String>> events = ProductEventRecords
				.awaitExactly(SharedInfrastructure.kafkaBootstrapServers(), mug, 3);
			ConsumerRecord<String, String> reserved = events.get(2);
			assertThat(CloudEventHeaders.type(reserved.headers())).isEqualTo("cloudshop.product.StockAdjusted.v1");
			assertThat(CloudEventHeaders.aggregateType(reserved.headers())).isEqualTo("Product");
			assertThat(CloudEventHeaders.aggregateVersion(reserved.headers())).isEqualTo(3);
			assertThat(JSON.readTree(reserved.value())).isEqualTo(JSON.readTree("""
					{"productId": "%s", "delta": -3, "reason": "Reserved for order %s", "stock": 3}
					""".formatted(mug, orderId)));
			assertThat(api.get(PRODUCTS + "/" + mug).version()).isEqualTo(3);
		}

		@Test
		void takesNothingWhenOneLineIsShortAndListsIt() {
			String mug = createProduct(5);
			String shirt = createProduct(1);

			orderService.send(aReserveStock(orderId).withLine(mug, 2).withLine(shirt, 3));

			Reply reply = orderService.awaitReplies(orderId, 1).get(0);
			assertThat(reply.type()).isEqualTo("cloudshop.product.StockReservationFailed.v1");
			assertThat(reply.version()).isEqualTo(1);
			assertThat(reply.value()).isEqualTo(JSON.readTree("""
					{"orderId": "%s", "reason": "OUT_OF_STOCK",
					 "unavailable": [{"productId": "%s", "requested": 3, "available": 1}]}
					""".formatted(orderId, shirt)));
			assertUnchanged(mug, 5, 1);
			assertUnchanged(shirt, 1, 1);
		}

		@Test
		void failsWithProductUnavailableForAnUnknownOrDiscontinuedProduct() {
			String mug = createProduct(5);
			String discontinued = createProduct(5);
			api.discontinue(discontinued);
			UUID unknown = UUID.randomUUID();

			orderService.send(aReserveStock(orderId).withLine(mug, 1).withLine(discontinued, 1).withLine(unknown, 2));

			Reply reply = orderService.awaitReplies(orderId, 1).get(0);
			assertThat(reply.reason()).isEqualTo("PRODUCT_UNAVAILABLE");
			assertThat(reply.value().get("unavailable")).isEqualTo(JSON.readTree("""
					[{"productId": "%s", "requested": 1, "available": 0}, {"productId": "%s", "requested": 2, "available": 0}]
					""".formatted(discontinued, unknown)));
			assertUnchanged(mug, 5, 1);
		}

		@Test
		void takesStockOnceForARedeliveredAndAResentCommandAndRepliesTheSameTwice() {
			String mug = createProduct(5);
			ProductCommandBuilder reserve = aReserveStock(orderId).withLine(mug, 2);

			orderService.send(reserve);
			orderService.send(reserve);
			orderService.send(reserve.withCommandId(UUID.randomUUID().toString()));

			List<Reply> replies = orderService.awaitExactlyReplies(orderId, 2);
			assertThat(replies).extracting(Reply::name).containsExactly("StockReserved", "StockReserved");
			assertThat(replies.get(1).value()).isEqualTo(replies.get(0).value());
			assertThat(stockOf(mug)).isEqualTo(3);
			assertThat(ProductEventRecords.awaitExactly(SharedInfrastructure.kafkaBootstrapServers(), mug, 2)).hasSize(2);
		}

		@Test
		void repliesTheFirstFailureAgainEvenWhenStockHasArrivedSince() {
			String mug = createProduct(1);
			orderService.send(aReserveStock(orderId).withLine(mug, 2));
			orderService.awaitReplies(orderId, 1);
			api.adjustStock(mug, 5, "Goods received");

			orderService.send(aReserveStock(orderId).withLine(mug, 2));

			List<Reply> replies = orderService.awaitReplies(orderId, 2);
			assertThat(replies).extracting(Reply::name).containsExactly("StockReservationFailed", "StockReservationFailed");
			assertThat(replies.get(1).value()).isEqualTo(replies.get(0).value());
			assertThat(stockOf(mug)).isEqualTo(6);
		}

	}

	@Nested
	class ReleaseStock {

		@Test
		void givesEveryUnitBackOnceEvenWhenDeliveredTwice() {
			String mug = createProduct(5);
			orderService.send(aReserveStock(orderId).withLine(mug, 2));
			orderService.awaitReplies(orderId, 1);
			ProductCommandBuilder release = aReleaseStock(orderId).atOrderVersion(3);

			orderService.send(release);
			orderService.send(release);
			orderService.send(release.withCommandId(UUID.randomUUID().toString()));

			List<Reply> replies = orderService.awaitExactlyReplies(orderId, 3);
			assertThat(replies).extracting(Reply::name, Reply::version)
				.containsExactly(tuple("StockReserved", 1L), tuple("StockReleased", 2L), tuple("StockReleased", 2L));
			assertThat(replies.get(1).value()).isEqualTo(JSON.readTree("""
					{"orderId": "%s", "lines": [{"productId": "%s", "quantity": 2}]}""".formatted(orderId, mug)));
			assertThat(replies.get(2).value()).isEqualTo(replies.get(1).value());
			assertThat(stockOf(mug)).isEqualTo(5);
			List<ConsumerRecord<String, String>> events = ProductEventRecords
				.awaitExactly(SharedInfrastructure.kafkaBootstrapServers(), mug, 3);
			assertThat(JSON.readTree(events.get(2).value()).get("reason").asString())
				.isEqualTo("Released from order " + orderId);
			assertThat(CloudEventHeaders.aggregateVersion(events.get(2).headers())).isEqualTo(3);
		}

		@Test
		void givesUnitsBackToAProductDiscontinuedSince() {
			String mug = createProduct(5);
			orderService.send(aReserveStock(orderId).withLine(mug, 2));
			orderService.awaitReplies(orderId, 1);
			api.discontinue(mug);

			orderService.send(aReleaseStock(orderId));

			assertThat(orderService.awaitReplies(orderId, 2).get(1).name()).isEqualTo("StockReleased");
			Response product = api.get(PRODUCTS + "/" + mug);
			assertThat(product.stock()).isEqualTo(5);
			assertThat(product.text("status")).isEqualTo("DISCONTINUED");
		}

		@Test
		void releasesAFailedReservationWithoutUnits() {
			String mug = createProduct(1);
			orderService.send(aReserveStock(orderId).withLine(mug, 2));
			orderService.awaitReplies(orderId, 1);

			orderService.send(aReleaseStock(orderId));

			Reply released = orderService.awaitReplies(orderId, 2).get(1);
			assertThat(released.name()).isEqualTo("StockReleased");
			assertThat(released.value().get("lines").isEmpty()).isTrue();
			assertUnchanged(mug, 1, 1);
		}

		@Test
		void recordsAReleaseBeforeTheReservationSoTheLateReservationFailsAndTakesNothing() {
			String mug = createProduct(5);

			orderService.send(aReleaseStock(orderId));
			Reply released = orderService.awaitReplies(orderId, 1).get(0);
			orderService.send(aReserveStock(orderId).withLine(mug, 1));

			assertThat(released.name()).isEqualTo("StockReleased");
			assertThat(released.version()).isEqualTo(2);
			assertThat(released.value()).isEqualTo(JSON.readTree("""
					{"orderId": "%s", "lines": []}""".formatted(orderId)));
			Reply late = orderService.awaitReplies(orderId, 2).get(1);
			assertThat(late.name()).isEqualTo("StockReservationFailed");
			assertThat(late.value()).isEqualTo(JSON.readTree("""
					{"orderId": "%s", "reason": "ORDER_RELEASED", "unavailable": []}""".formatted(orderId)));
			assertUnchanged(mug, 5, 1);
		}

	}

	@Nested
	class PoisonCommands {

		@Test
		void parksAPoisonCommandOnTheDeadLetterTopicAndGoesOn() {
			String mug = createProduct(5);
			RecordMetadata poison = orderService.send(aReserveStock(orderId).withValue("{not json"));
			RecordMetadata next = orderService.send(aReserveStock(orderId).withLine(mug, 1));
			assertThat(next.partition()).as("same key, same partition").isEqualTo(poison.partition());

			assertThat(orderService.awaitReplies(orderId, 1).get(0).name()).isEqualTo("StockReserved");
			ConsumerRecord<String, String> parked = TopicRecords.awaitRecords(DEAD_LETTER_TOPIC, orderId.toString(), 1)
				.get(0);
			assertThat(parked.value()).isEqualTo("{not json");
			assertThat(CloudEventHeaders.type(parked.headers())).isEqualTo("cloudshop.order.ReserveStock.v1");
			assertThat(CloudEventHeaders.find(parked.headers(), "cloudshop_dlt-reason"))
				.hasValueSatisfying((reason) -> assertThat(reason).contains("not JSON of the expected shape"));
			assertThat(CloudEventHeaders.find(parked.headers(), "kafka_dlt-original-topic")).contains("product.commands");
			assertThat(ByteBuffer.wrap(parked.headers().lastHeader("kafka_dlt-original-offset").value()).getLong())
				.isEqualTo(poison.offset());
		}

		@Test
		void parksACommandWithAQuantityOutOfRangeAndTakesNothing() {
			String mug = createProduct(5);

			orderService.send(aReserveStock(orderId).withLine(mug, 2).withLine(mug, 0));

			ConsumerRecord<String, String> parked = TopicRecords.awaitRecords(DEAD_LETTER_TOPIC, orderId.toString(), 1)
				.get(0);
			assertThat(CloudEventHeaders.find(parked.headers(), "cloudshop_dlt-reason"))
				.hasValueSatisfying((reason) -> assertThat(reason).contains("1 to 1000000000 units"));
			assertUnchanged(mug, 5, 1);
		}

	}

	@Nested
	class Contract {

		@Test
		void repliesWithTheShapeOfTheGoldenSamples() {
			String mug = createProduct(5);
			UUID failedOrder = UUID.randomUUID();
			orderService.send(aReserveStock(orderId).withLine(mug, 2));
			orderService.send(aReleaseStock(orderId));
			orderService.send(aReserveStock(failedOrder).withLine(mug, 50));

			List<Reply> replies = orderService.awaitReplies(List.of(orderId, failedOrder), 3);

			assertThat(replies).extracting(Reply::name)
				.containsExactlyInAnyOrder("StockReserved", "StockReleased", "StockReservationFailed");
			replies.forEach((reply) -> GoldenSamples.assertSameShape("product.events", reply.type(),
					reply.record().value()));
		}

	}

	private String createProduct(int stock) {
		return api.create(aProduct().withStock(stock)).id();
	}

	private int stockOf(String productId) {
		return api.get(PRODUCTS + "/" + productId).stock();
	}

	/** The product still has this stock at this version: nothing was taken from or given to it. */
	private void assertUnchanged(String productId, int stock, long version) {
		Response product = api.get(PRODUCTS + "/" + productId);
		assertThat(product.stock()).isEqualTo(stock);
		assertThat(product.version()).isEqualTo(version);
	}

}
