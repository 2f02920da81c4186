package dev.cloudshop.payment.payment.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.payment.payment.AuthorizePayment;
import dev.cloudshop.payment.payment.RefundPayment;
import dev.cloudshop.payment.payment.messaging.PaymentCommandReader.ReceivedCommand;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.support.consumer.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import static dev.cloudshop.payment.payment.AuthorizePaymentBuilder.anAuthorization;
import static dev.cloudshop.payment.payment.messaging.PaymentCommandRecordBuilder.aRecordOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentCommandReaderTests {

	/** As the service's mapper is configured (spring.jackson.mapper.allow-coercion-of-scalars: false). */
	private static final JsonMapper JSON = JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build();

	private final PaymentCommandReader reader = new PaymentCommandReader(JSON);

	@Nested
	class GoldenSamplesOfPaymentCommands {

		@Test
		void readsAuthorizePayment() {
			JsonNode sample = GoldenSamples.load("payment.commands", "AuthorizePayment.v1");
			UUID orderId = UUID.fromString(sample.get("orderId").asString());

			ReceivedCommand received = reader.read(recordOf(PaymentCommandReader.AUTHORIZE_PAYMENT, orderId,
					GoldenSamples.text("payment.commands", "AuthorizePayment.v1")));

			assertThat(received.command()).isEqualTo(new AuthorizePayment(orderId,
					UUID.fromString(sample.get("customerId").asString()), sample.get("amount").decimalValue(),
					sample.get("currency").asString()));
			assertThat(received.commandId()).isEqualTo("command-1");
			assertThat(received.type()).isEqualTo("cloudshop.order.AuthorizePayment.v1");
		}

		@Test
		void readsRefundPayment() {
			JsonNode sample = GoldenSamples.load("payment.commands", "RefundPayment.v1");
			UUID orderId = UUID.fromString(sample.get("orderId").asString());

			ReceivedCommand received = reader.read(recordOf(PaymentCommandReader.REFUND_PAYMENT, orderId,
					GoldenSamples.text("payment.commands", "RefundPayment.v1")));

			assertThat(received.command()).isEqualTo(new RefundPayment(orderId));
		}

		private ConsumerRecord<String, String> recordOf(String type, UUID orderId, String value) {
			ConsumerRecord<String, String> record = new ConsumerRecord<>("payment.commands", 0, 7, orderId.toString(),
					value);
			CloudEventHeaders.add(record.headers(), CloudEventHeaders.ID, "command-1");
			CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, type);
			return record;
		}

	}

	@Nested
	class TolerantReading {

		@Test
		void ignoresFieldsItDoesNotNeed() {
			AuthorizePayment command = anAuthorization().forAmount("12.5").build();

			ReceivedCommand received = reader.read(aRecordOf(command).withField("note", "\"gift\"").toConsumerRecord());

			assertThat(received.command()).isEqualTo(command);
			assertThat(((AuthorizePayment) received.command()).amount()).isEqualTo(new BigDecimal("12.50"));
		}

		@Test
		void readsAWholeNumberAmount() {
			AuthorizePayment command = anAuthorization().forAmount("12").build();

			ReceivedCommand received = reader.read(aRecordOf(command).withField("amount", "12").toConsumerRecord());

			assertThat(received.command()).isEqualTo(command);
		}

	}

	@Nested
	class Poison {

		private final AuthorizePayment command = anAuthorization().build();

		@Test
		void refusesARecordWithoutEventId() {
			assertPoison(aRecordOf(command).without(CloudEventHeaders.ID).toConsumerRecord(), "no ce_id header");
		}

		@Test
		void refusesARecordWithoutType() {
			assertPoison(aRecordOf(command).without(CloudEventHeaders.TYPE).toConsumerRecord(), "no ce_type header");
		}

		@Test
		void refusesACommandItDoesNotCarryOut() {
			ConsumerRecord<String, String> record = aRecordOf(command).toConsumerRecord();
			record.headers().remove(CloudEventHeaders.TYPE);
			CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, "cloudshop.order.ChargeTwice.v1");

			assertPoison(record, "'cloudshop.order.ChargeTwice.v1' is not a command payment-service carries out");
		}

		@Test
		void refusesAValueThatIsNotJson() {
			assertPoison(aRecordOf(command).withValue("{not json").toConsumerRecord(), "not JSON of the expected shape");
		}

		@Test
		void refusesNoValue() {
			assertPoison(aRecordOf(command).withValue(null).toConsumerRecord(), "has no value");
		}

		@Test
		void refusesAnAmountGivenAsAString() {
			assertPoison(aRecordOf(command).withField("amount", "\"10.00\"").toConsumerRecord(),
					"not JSON of the expected shape");
		}

		@Test
		void refusesAnAmountWithMoreThanTwoDecimals() {
			assertPoison(aRecordOf(command).withField("amount", "10.005").toConsumerRecord(), "is invalid");
		}

		@Test
		void refusesANegativeAmount() {
			assertPoison(aRecordOf(command).withField("amount", "-10.00").toConsumerRecord(), "is invalid");
		}

		@Test
		void refusesAMissingCustomer() {
			assertPoison(aRecordOf(command).withoutField("customerId").toConsumerRecord(), "lacks customerId");
		}

		@Test
		void refusesACustomerIdThatIsNoUuid() {
			assertPoison(aRecordOf(command).withField("customerId", "\"alice\"").toConsumerRecord(),
					"not JSON of the expected shape");
		}

		@Test
		void refusesARefundWithoutOrderId() {
			assertPoison(aRecordOf(new RefundPayment(UUID.randomUUID())).withoutField("orderId").toConsumerRecord(),
					"lacks orderId");
		}

		@Test
		void refusesACommandKeyedByAnotherOrder() {
			assertPoison(aRecordOf(command).withKey(UUID.randomUUID().toString()).toConsumerRecord(),
					"is about order " + command.orderId() + " but keyed by");
		}

		@Test
		void refusesACommandWithoutKey() {
			assertPoison(aRecordOf(command).withKey(null).toConsumerRecord(), "but keyed by null");
		}

		private void assertPoison(ConsumerRecord<String, String> record, String reason) {
			assertThatThrownBy(() -> reader.read(record)).isInstanceOf(PoisonEventException.class)
				.hasMessageStartingWith("Payment command payment.commands-0@42: ")
				.hasMessageContaining(reason);
		}

	}

}
