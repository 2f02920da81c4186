package dev.cloudshop.order.saga.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.cloudshop.order.saga.SagaReply;
import dev.cloudshop.order.saga.SagaReply.PaymentAuthorized;
import dev.cloudshop.order.saga.SagaReply.PaymentDeclined;
import dev.cloudshop.order.saga.SagaReply.PaymentRefunded;
import dev.cloudshop.order.saga.SagaReply.StockReleased;
import dev.cloudshop.order.saga.SagaReply.StockReservationFailed;
import dev.cloudshop.order.saga.SagaReply.StockReserved;
import dev.cloudshop.order.saga.messaging.SagaReplyReader.IncomingReply;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static dev.cloudshop.order.saga.messaging.SagaReplyBuilder.aReply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The consumer side of the saga's contract: every golden sample the participants publish on
 * product.events and payment.events is read (a reply) or skipped (another aggregate's event).
 */
class SagaReplyReaderTests {

	private final SagaReplyReader reader = new SagaReplyReader(JsonMapper.builder().build());

	private final UUID orderId = UUID.randomUUID();

	@Nested
	class GoldenSamples {

		@Test
		void knowsEveryReplyTheContractLists() {
			assertThat(SagaReplyReader.REPLIES).containsOnlyKeys("cloudshop.product.StockReserved.v1",
					"cloudshop.product.StockReservationFailed.v1", "cloudshop.product.StockReleased.v1",
					"cloudshop.payment.PaymentAuthorized.v1", "cloudshop.payment.PaymentDeclined.v1",
					"cloudshop.payment.PaymentRefunded.v1");
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("dev.cloudshop.order.saga.messaging.SagaReplyReaderTests#replySamples")
		void readsEveryReplySample(String type) {
			Optional<IncomingReply> read = SagaReplyReaderTests.this.reader
				.read(aReply(type).to(SagaReplyReaderTests.this.orderId).toConsumerRecord());

			assertThat(read).hasValueSatisfying((incoming) -> {
				assertThat(incoming.type()).isEqualTo(type);
				assertThat(incoming.reply().orderId()).isEqualTo(SagaReplyReaderTests.this.orderId);
			});
		}

		@ParameterizedTest(name = "{0}")
		@MethodSource("dev.cloudshop.order.saga.messaging.SagaReplyReaderTests#otherSamples")
		void skipsEveryOtherAggregatesSample(String type) {
			String aggregate = type.startsWith("cloudshop.product.") ? "Product" : "Account";

			assertThat(SagaReplyReaderTests.this.reader
				.read(aReply(type).ofAggregate(aggregate).withKey(UUID.randomUUID().toString()).toConsumerRecord()))
				.isEmpty();
		}

	}

	@Test
	void readsEachReplyWithItsReason() {
		assertThat(read("StockReserved.v1")).isEqualTo(new StockReserved(this.orderId));
		assertThat(read("StockReservationFailed.v1")).isEqualTo(new StockReservationFailed(this.orderId, "OUT_OF_STOCK"));
		assertThat(read("StockReleased.v1")).isEqualTo(new StockReleased(this.orderId));
		assertThat(read("PaymentAuthorized.v1")).isEqualTo(new PaymentAuthorized(this.orderId));
		assertThat(read("PaymentDeclined.v1")).isEqualTo(new PaymentDeclined(this.orderId, "INSUFFICIENT_FUNDS"));
		assertThat(read("PaymentRefunded.v1")).isEqualTo(new PaymentRefunded(this.orderId));
	}

	@Test
	void skipsARecordOfAnotherAggregateWhateverItsType() {
		assertThat(this.reader.read(aReply("StockReserved.v1").to(this.orderId).ofAggregate("Product").toConsumerRecord()))
			.isEmpty();
		assertThat(this.reader.read(aReply("PaymentAuthorized.v1").to(this.orderId).ofAggregate("StockReservation")
			.toConsumerRecord())).isEmpty();
	}

	@Test
	void skipsAReplyTypeItDoesNotKnow() {
		assertThat(this.reader.read(aReply("cloudshop.product.StockCounted.v1").to(this.orderId).withValue("{}")
			.toConsumerRecord())).isEmpty();
	}

	@Test
	void refusesAReplyWithoutEventIdOrAggregateType() {
		assertPoison(aReply("StockReserved.v1").to(this.orderId).without(CloudEventHeaders.ID), "no ce_id header");
		assertPoison(aReply("StockReserved.v1").to(this.orderId).without(CloudEventHeaders.AGGREGATE_TYPE),
				"no ce_aggregatetype header");
	}

	@Test
	void refusesAReplyThatIsNotAboutTheOrderItIsKeyedBy() {
		assertPoison(aReply("PaymentAuthorized.v1").to(this.orderId).withKey("not-an-order"), "is not an order id");
		assertPoison(aReply("PaymentAuthorized.v1").to(this.orderId).withKey(UUID.randomUUID().toString()),
				"but keyed by");
		assertPoison(aReply("PaymentAuthorized.v1").to(this.orderId).withValue("{\"paymentId\": \"x\"}"),
				"but keyed by");
	}

	@Test
	void refusesAReplyThatIsNotJson() {
		assertPoison(aReply("StockReleased.v1").to(this.orderId).withValue("{not json"), "is not JSON");
		assertPoison(aReply("StockReleased.v1").to(this.orderId).withValue("[]"), "is not a JSON object");
	}

	private SagaReply read(String type) {
		return this.reader.read(aReply(type).to(this.orderId).toConsumerRecord()).orElseThrow().reply();
	}

	private void assertPoison(SagaReplyBuilder reply, String reason) {
		assertThatExceptionOfType(PoisonEventException.class).isThrownBy(() -> this.reader.read(reply.toConsumerRecord()))
			.withMessageContaining(reason);
	}

	static List<String> replySamples() {
		return samples().stream().filter(SagaReplyReader.REPLIES::containsKey).toList();
	}

	static List<String> otherSamples() {
		return samples().stream().filter((type) -> !SagaReplyReader.REPLIES.containsKey(type)).toList();
	}

	/** Every sample published on the topics the saga listens to, as CloudEvents types. */
	private static List<String> samples() {
		List<String> types = new ArrayList<>();
		try {
			for (String topic : List.of("product.events", "payment.events")) {
				String service = topic.substring(0, topic.indexOf('.'));
				for (Resource sample : new PathMatchingResourcePatternResolver()
					.getResources("classpath*:contracts/" + topic + "/*.json")) {
					String name = sample.getFilename();
					types.add("cloudshop." + service + "." + name.substring(0, name.length() - ".json".length()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		assertThat(types).as("golden samples on the classpath").isNotEmpty();
		return types;
	}

}
