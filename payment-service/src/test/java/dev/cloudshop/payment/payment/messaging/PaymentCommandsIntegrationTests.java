package dev.cloudshop.payment.payment.messaging;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.payment.PaymentServiceIntegrationTest;
import dev.cloudshop.payment.payment.AuthorizePayment;
import dev.cloudshop.payment.payment.AuthorizePaymentBuilder;
import dev.cloudshop.payment.payment.RefundPayment;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.SharedInfrastructure;
import dev.cloudshop.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import static dev.cloudshop.payment.payment.AuthorizePaymentBuilder.anAuthorization;
import static dev.cloudshop.payment.payment.messaging.PaymentCommandRecordBuilder.aRecordOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands of the order saga arriving on payment.commands the way order-service's outbox
 * sends them (key = order id, CloudEvents headers, JSON value), and the answers on
 * payment.events. Each test orders for a customer of its own, funded with 100.00 EUR.
 */
class PaymentCommandsIntegrationTests extends PaymentServiceIntegrationTest {

	private static final String PAYMENT_EVENTS = "payment.events";

	private static final String DEAD_LETTER_TOPIC = "payment-service.dlt";

	private static final String AUTHORIZED = "cloudshop.payment.PaymentAuthorized.v1";

	private static final String DECLINED = "cloudshop.payment.PaymentDeclined.v1";

	private static final String REFUNDED = "cloudshop.payment.PaymentRefunded.v1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(
			Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers()),
			new StringSerializer(), new StringSerializer());

	private static final KafkaTemplate<String, String> kafka = new KafkaTemplate<>(producers);

	private final UUID customerId = aCustomer();

	private final UUID orderId = UUID.randomUUID();

	private final AuthorizePaymentBuilder authorization = anAuthorization().forOrder(this.orderId)
		.ofCustomer(this.customerId)
		.forAmount("30.00");

	@AfterAll
	static void closeProducer() {
		producers.destroy();
	}

	@BeforeEach
	void fundTheCustomer() {
		api.as(customerId).deposited("100.00");
	}

	@Nested
	class Authorizing {

		@Test
		void takesTheAmountAndAnswersPaymentAuthorized() {
			send(aRecordOf(authorization.build()));

			ConsumerRecord<String, String> answer = awaitAnswers(1).get(0);

			assertThat(answer.key()).isEqualTo(orderId.toString());
			assertThat(CloudEventHeaders.type(answer.headers())).isEqualTo(AUTHORIZED);
			assertThat(CloudEventHeaders.aggregateType(answer.headers())).isEqualTo("Payment");
			assertThat(CloudEventHeaders.aggregateVersion(answer.headers())).isEqualTo(1);
			assertThat(CloudEventHeaders.source(answer.headers())).isEqualTo("/cloudshop/payment-service");
			JsonNode authorized = JSON.readTree(answer.value());
			assertThat(authorized.get("orderId").asString()).isEqualTo(orderId.toString());
			assertThat(UUID.fromString(authorized.get("paymentId").asString())).isNotNull();
			assertThat(authorized.get("customerId").asString()).isEqualTo(customerId.toString());
			assertThat(authorized.get("amount").decimalValue()).isEqualByComparingTo("30.00");
			assertThat(authorized.get("currency").asString()).isEqualTo("EUR");
			assertThat(balance()).isEqualByComparingTo("70.00");
		}

		@Test
		void answersACommandDeliveredAgainAndOneSentAgainWithTheSameAnswerTakingTheMoneyOnce() {
			PaymentCommandRecordBuilder command = aRecordOf(authorization.build());
			send(command);
			send(command);
			send(aRecordOf(authorization.build()));

			List<ConsumerRecord<String, String>> answers = awaitExactlyAnswers(3);

			assertThat(answers).extracting((answer) -> CloudEventHeaders.type(answer.headers()))
				.containsOnly(AUTHORIZED);
			assertThat(answers).extracting((answer) -> CloudEventHeaders.aggregateVersion(answer.headers()))
				.containsOnly(1L);
			assertThat(answers).extracting((answer) -> JSON.readTree(answer.value())).containsOnly(
					JSON.readTree(answers.get(0).value()));
			assertThat(answers).extracting((answer) -> CloudEventHeaders.id(answer.headers())).doesNotHaveDuplicates();
			assertThat(balance()).isEqualByComparingTo("70.00");
		}

		@Test
		void declinesWhenTheBalanceFallsShortTakingNothing() {
			send(aRecordOf(authorization.forAmount("100.01").build()));

			ConsumerRecord<String, String> answer = awaitAnswers(1).get(0);

			assertThat(CloudEventHeaders.type(answer.headers())).isEqualTo(DECLINED);
			assertThat(CloudEventHeaders.aggregateVersion(answer.headers())).isEqualTo(1);
			JsonNode declined = JSON.readTree(answer.value());
			assertThat(declined.get("reason").asString()).isEqualTo("INSUFFICIENT_FUNDS");
			assertThat(declined.get("customerId").asString()).isEqualTo(customerId.toString());
			assertThat(declined.get("amount").decimalValue()).isEqualByComparingTo("100.01");
			assertThat(balance()).isEqualByComparingTo("100.00");
		}

		@Test
		void staysDeclinedWhenSentAgainAfterTheCustomerPaidMoneyIn() {
			send(aRecordOf(authorization.forAmount("150.00").build()));
			awaitAnswers(1);
			api.as(customerId).deposited("100.00");

			send(aRecordOf(authorization.forAmount("150.00").build()));

			List<ConsumerRecord<String, String>> answers = awaitExactlyAnswers(2);
			assertThat(answers).extracting((answer) -> CloudEventHeaders.type(answer.headers())).containsOnly(DECLINED);
			assertThat(balance()).isEqualByComparingTo("200.00");
		}

		@Test
		void declinesAnotherCurrencyTakingNothing() {
			send(aRecordOf(authorization.inCurrency("USD").build()));

			ConsumerRecord<String, String> answer = awaitAnswers(1).get(0);

			JsonNode declined = JSON.readTree(answer.value());
			assertThat(CloudEventHeaders.type(answer.headers())).isEqualTo(DECLINED);
			assertThat(declined.get("reason").asString()).isEqualTo("CURRENCY_NOT_SUPPORTED");
			assertThat(declined.get("currency").asString()).isEqualTo("USD");
			assertThat(balance()).isEqualByComparingTo("100.00");
		}

	}

	@Nested
	class Refunding {

		@Test
		void givesBackWhatWasTakenOnceHoweverOftenTheRefundArrives() {
			send(aRecordOf(authorization.build()));
			PaymentCommandRecordBuilder refund = aRecordOf(new RefundPayment(orderId));
			send(refund);
			send(refund);
			send(aRecordOf(new RefundPayment(orderId)));

			List<ConsumerRecord<String, String>> answers = awaitExactlyAnswers(4);

			assertThat(answers).extracting((answer) -> CloudEventHeaders.type(answer.headers()))
				.containsExactly(AUTHORIZED, REFUNDED, REFUNDED, REFUNDED);
			String paymentId = JSON.readTree(answers.get(0).value()).get("paymentId").asString();
			assertThat(answers.subList(1, 4)).allSatisfy((answer) -> {
				assertThat(CloudEventHeaders.aggregateVersion(answer.headers())).isEqualTo(2);
				JsonNode refunded = JSON.readTree(answer.value());
				assertThat(refunded.get("paymentId").asString()).isEqualTo(paymentId);
				assertThat(refunded.get("customerId").asString()).isEqualTo(customerId.toString());
				assertThat(refunded.get("amount").decimalValue()).isEqualByComparingTo("30.00");
			});
			assertThat(balance()).isEqualByComparingTo("100.00");
		}

		@Test
		void voidsAnOrderRefundedBeforeItsAuthorizationAndDeclinesTheLateOneTakingNothing() {
			send(aRecordOf(new RefundPayment(orderId)));
			send(aRecordOf(authorization.build()));

			List<ConsumerRecord<String, String>> answers = awaitExactlyAnswers(2);

			assertThat(answers).extracting((answer) -> CloudEventHeaders.type(answer.headers()))
				.containsExactly(REFUNDED, DECLINED);
			JsonNode voided = JSON.readTree(answers.get(0).value());
			assertThat(voided.get("amount").decimalValue()).isEqualByComparingTo("0.00");
			assertThat(voided.get("customerId").isNull()).as("nobody is known to have ordered").isTrue();
			assertThat(CloudEventHeaders.aggregateVersion(answers.get(0).headers())).isEqualTo(2);
			JsonNode declined = JSON.readTree(answers.get(1).value());
			assertThat(declined.get("reason").asString()).isEqualTo("ORDER_REFUNDED");
			assertThat(declined.get("customerId").asString()).isEqualTo(customerId.toString());
			assertThat(declined.get("amount").decimalValue()).isEqualByComparingTo("30.00");
			assertThat(balance()).isEqualByComparingTo("100.00");
		}

		@Test
		void givesBackNothingForADeclinedPayment() {
			send(aRecordOf(authorization.forAmount("500.00").build()));
			send(aRecordOf(new RefundPayment(orderId)));

			List<ConsumerRecord<String, String>> answers = awaitExactlyAnswers(2);

			assertThat(answers).extracting((answer) -> CloudEventHeaders.type(answer.headers()))
				.containsExactly(DECLINED, REFUNDED);
			assertThat(JSON.readTree(answers.get(1).value()).get("amount").decimalValue()).isEqualByComparingTo("0");
			assertThat(balance()).isEqualByComparingTo("100.00");
		}

	}

	@Test
	void answersWithJsonOfTheShapeOfTheGoldenSamples() {
		UUID declinedOrder = UUID.randomUUID();
		send(aRecordOf(authorization.build()));
		send(aRecordOf(new RefundPayment(orderId)));
		send(aRecordOf(anAuthorization().forOrder(declinedOrder).ofCustomer(customerId).forAmount("999.00").build()));

		List<ConsumerRecord<String, String>> answers = new ArrayList<>(awaitAnswers(2));
		answers.addAll(TopicRecords.awaitRecords(PAYMENT_EVENTS, declinedOrder.toString(), 1));

		assertThat(answers).extracting((answer) -> CloudEventHeaders.type(answer.headers()))
			.containsExactlyInAnyOrder(AUTHORIZED, REFUNDED, DECLINED);
		answers.forEach((answer) -> GoldenSamples.assertSameShape(PAYMENT_EVENTS,
				CloudEventHeaders.type(answer.headers()), answer.value()));
	}

	@Nested
	class Poison {

		@Test
		void parksACommandThatIsNotJsonOnTheDeadLetterTopicAndGoesOn() {
			AuthorizePayment command = authorization.build();
			RecordMetadata poison = send(aRecordOf(command).withValue("{not json"));
			RecordMetadata next = send(aRecordOf(command));
			assertThat(next.partition()).as("same key, same partition").isEqualTo(poison.partition());

			assertThat(CloudEventHeaders.type(awaitAnswers(1).get(0).headers())).isEqualTo(AUTHORIZED);
			ConsumerRecord<String, String> parked = TopicRecords
				.awaitRecords(DEAD_LETTER_TOPIC, orderId.toString(), 1)
				.get(0);
			assertThat(parked.value()).isEqualTo("{not json");
			assertThat(CloudEventHeaders.type(parked.headers())).isEqualTo(PaymentCommandRecordBuilder.AUTHORIZE_PAYMENT);
			assertThat(CloudEventHeaders.find(parked.headers(), "cloudshop_dlt-reason"))
				.hasValueSatisfying((reason) -> assertThat(reason).contains("not JSON of the expected shape"));
			assertThat(CloudEventHeaders.find(parked.headers(), "kafka_dlt-original-topic")).contains("payment.commands");
			assertThat(ByteBuffer.wrap(parked.headers().lastHeader("kafka_dlt-original-offset").value()).getLong())
				.isEqualTo(poison.offset());
			assertThat(balance()).isEqualByComparingTo("70.00");
		}

		@Test
		void parksACommandWithAnAmountGivenAsAStringTakingNothing() {
			send(aRecordOf(authorization.build()).withField("amount", "\"30.00\""));

			ConsumerRecord<String, String> parked = TopicRecords
				.awaitRecords(DEAD_LETTER_TOPIC, orderId.toString(), 1)
				.get(0);

			assertThat(CloudEventHeaders.find(parked.headers(), "cloudshop_dlt-reason"))
				.hasValueSatisfying((reason) -> assertThat(reason).contains("not JSON of the expected shape"));
			assertThat(balance()).isEqualByComparingTo("100.00");
		}

	}

	private RecordMetadata send(PaymentCommandRecordBuilder command) {
		return kafka.send(command.toProducerRecord()).join().getRecordMetadata();
	}

	private List<ConsumerRecord<String, String>> awaitAnswers(int count) {
		return TopicRecords.awaitRecords(PAYMENT_EVENTS, orderId.toString(), count);
	}

	private List<ConsumerRecord<String, String>> awaitExactlyAnswers(int count) {
		return TopicRecords.awaitExactly(PAYMENT_EVENTS, orderId.toString(), count);
	}

	private BigDecimal balance() {
		return api.as(customerId).balance();
	}

}
