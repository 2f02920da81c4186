package dev.cloudshop.product.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.cloudshop.product.ProductServiceIntegrationTest;
import dev.cloudshop.product.reservation.application.ReserveStock;
import dev.cloudshop.product.reservation.application.StockReservationService;
import dev.cloudshop.product.reservation.messaging.OrderServiceStub;
import dev.cloudshop.product.reservation.messaging.OrderServiceStub.Reply;
import dev.cloudshop.product.reservation.messaging.ProductCommandBuilder;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.Parallel;
import dev.cloudshop.testsupport.SharedInfrastructure;
import dev.cloudshop.testsupport.TopicRecords;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.cloudshop.product.ProductApi.PRODUCTS;
import static dev.cloudshop.product.ProductEventRecords.awaitExactly;
import static dev.cloudshop.product.catalog.ProductBuilder.aProduct;
import static dev.cloudshop.product.reservation.messaging.ProductCommandBuilder.aReserveStock;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders competing for the same products: the row locks give each unit to one order only, and
 * because every transaction locks its products in the order of their ids, orders asking for the
 * same products in opposite orders never deadlock.
 */
class StockReservationConcurrencyIntegrationTests extends ProductServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final OrderServiceStub orderService = new OrderServiceStub();

	/** Spring Kafka times every listener call, tagged with its result. */
	private static final String LISTENER_TIMER = "spring.kafka.listener";

	@Autowired
	private StockReservationService reservations;

	@Autowired
	private MeterRegistry meters;

	@AfterAll
	static void closeOrderService() {
		orderService.close();
	}

	/** Through Kafka: the commands spread over both partitions, so both listener threads compete. */
	@Nested
	class OverKafka {

		@Test
		void reservesTheLastUnitsForExactlyAsManyOrdersAsThereAreUnits() {
			String mug = api.create(aProduct().withStock(5)).id();
			List<UUID> orders = orders(20);

			for (int i = 0; i < orders.size(); i++) {
				orderService.send(aReserveStock(orders.get(i)).withLine(mug, 1).onPartition(i % 2));
			}

			List<Reply> replies = orderService.awaitReplies(orders, orders.size());
			assertThat(replies).filteredOn((reply) -> reply.name().equals("StockReserved")).hasSize(5);
			assertThat(replies).filteredOn((reply) -> reply.name().equals("StockReservationFailed"))
				.hasSize(15)
				.allSatisfy((failed) -> assertThat(failed.value().get("unavailable")).isEqualTo(JSON.readTree("""
						[{"productId": "%s", "requested": 1, "available": 0}]""".formatted(mug))));
			assertThat(api.get(PRODUCTS + "/" + mug).stock()).isZero();
			assertEventsChainStockFrom(mug, 5, 5);
		}

		/**
		 * A deadlock here would not show as a dead letter (the listener retries it), but as a
		 * failed listener call in Spring Kafka's {@value #LISTENER_TIMER} timer.
		 */
		@Test
		void reservesCrossedOrdersWithoutDeadlocksOrDeadLetters() {
			String mug = api.create(aProduct().withStock(1000)).id();
			String shirt = api.create(aProduct().withStock(1000)).id();
			List<UUID> orders = orders(40);
			long failedCallsBefore = failedListenerCalls();

			for (int i = 0; i < orders.size(); i++) {
				ProductCommandBuilder reserve = aReserveStock(orders.get(i)).onPartition(i % 2);
				orderService.send((i % 2 == 0) ? reserve.withLine(mug, 1).withLine(shirt, 1)
						: reserve.withLine(shirt, 1).withLine(mug, 1));
			}

			List<Reply> replies = orderService.awaitReplies(orders, orders.size());
			assertThat(replies).extracting(Reply::name).containsOnly("StockReserved");
			assertThat(api.get(PRODUCTS + "/" + mug).stock()).isEqualTo(960);
			assertThat(api.get(PRODUCTS + "/" + shirt).stock()).isEqualTo(960);
			assertThat(TopicRecords.recordsNow("product-service.dlt", orders.stream().map(UUID::toString).toList()))
				.isEmpty();
			assertThat(failedListenerCalls()).as("failed listener calls").isEqualTo(failedCallsBefore);
		}

		private long failedListenerCalls() {
			return meters.find(LISTENER_TIMER).tag("result", "failure").timers().stream().mapToLong(Timer::count).sum();
		}

	}

	/** Straight to the service from many threads: more contention than two listener threads make. */
	@Nested
	class InParallel {

		@Test
		void reservesTheLastUnitsForExactlyAsManyOrdersAsThereAreUnits() throws Exception {
			UUID mug = UUID.fromString(api.create(aProduct().withStock(5)).id());
			List<UUID> orders = orders(24);

			List<Boolean> reserved = Parallel.run(orders.size(), (i) -> () -> reserve(orders.get(i), mug));

			assertThat(reserved).containsOnly(true);
			assertThat(orders).map((order) -> reservations.find(order).orElseThrow().status())
				.filteredOn((status) -> status == ReservationStatus.RESERVED)
				.hasSize(5);
			assertThat(api.get(PRODUCTS + "/" + mug).stock()).isZero();
			assertEventsChainStockFrom(mug.toString(), 5, 5);
		}

		/** Without the fixed locking order these transactions deadlock, and the failure surfaces here. */
		@Test
		void neverDeadlocksWhenOrdersLockTheSameProductsInOppositeOrders() throws Exception {
			UUID mug = UUID.fromString(api.create(aProduct().withStock(1000)).id());
			UUID shirt = UUID.fromString(api.create(aProduct().withStock(1000)).id());
			List<UUID> orders = orders(64);

			List<Boolean> reserved = Parallel.run(orders.size(),
					(i) -> () -> (i % 2 == 0) ? reserve(orders.get(i), mug, shirt) : reserve(orders.get(i), shirt, mug));

			assertThat(reserved).containsOnly(true);
			assertThat(orders).map((order) -> reservations.find(order).orElseThrow().status())
				.containsOnly(ReservationStatus.RESERVED);
			assertThat(api.get(PRODUCTS + "/" + mug).stock()).isEqualTo(936);
			assertThat(api.get(PRODUCTS + "/" + shirt).stock()).isEqualTo(936);
		}

		private boolean reserve(UUID orderId, UUID... products) {
			List<ReservationLine> lines = new ArrayList<>();
			for (UUID product : products) {
				lines.add(new ReservationLine(product, 1));
			}
			return reservations.reserve(UUID.randomUUID().toString(), new ReserveStock(orderId, lines));
		}

	}

	private static List<UUID> orders(int count) {
		List<UUID> orders = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			orders.add(UUID.randomUUID());
		}
		return orders;
	}

	/**
	 * Each StockAdjusted event starts from the stock the previous one left and carries the next
	 * version: the reservations never overlapped and the stock never went below zero.
	 */
	private static void assertEventsChainStockFrom(String productId, int initialStock, int adjustments) {
		List<ConsumerRecord<String, String>> records = awaitExactly(SharedInfrastructure.kafkaBootstrapServers(),
				productId, 1 + adjustments);
		int stock = initialStock;
		for (int i = 1; i < records.size(); i++) {
			JsonNode event = JSON.readTree(records.get(i).value());
			stock += event.get("delta").asInt();
			assertThat(event.get("stock").asInt()).isEqualTo(stock).isNotNegative();
			assertThat(event.get("reason").asString()).startsWith("Reserved for order ");
			assertThat(CloudEventHeaders.aggregateVersion(records.get(i).headers())).isEqualTo(i + 1);
		}
	}

}
