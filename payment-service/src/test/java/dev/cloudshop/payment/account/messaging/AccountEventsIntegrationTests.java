package dev.cloudshop.payment.account.messaging;

import java.util.List;
import java.util.UUID;

import dev.cloudshop.contracts.GoldenSamples;
import dev.cloudshop.payment.PaymentServiceIntegrationTest;
import dev.cloudshop.support.cloudevents.CloudEventHeaders;
import dev.cloudshop.testsupport.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AccountEventsIntegrationTests extends PaymentServiceIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final UUID customerId = aCustomer();

	@Test
	void publishesAccountCreditedKeyedByCustomerWithTheAccountVersion() {
		api.as(customerId).deposited("25.00");
		api.as(customerId).deposited("4.99");

		List<ConsumerRecord<String, String>> records = TopicRecords.awaitExactly("payment.events",
				customerId.toString(), 2);

		ConsumerRecord<String, String> second = records.get(1);
		assertThat(CloudEventHeaders.type(second.headers())).isEqualTo("cloudshop.payment.AccountCredited.v1");
		assertThat(CloudEventHeaders.aggregateType(second.headers())).isEqualTo("Account");
		assertThat(CloudEventHeaders.subject(second.headers())).isEqualTo(customerId.toString());
		assertThat(CloudEventHeaders.source(second.headers())).isEqualTo("/cloudshop/payment-service");
		assertThat(records).extracting((record) -> CloudEventHeaders.aggregateVersion(record.headers()))
			.containsExactly(1L, 2L);
		JsonNode credited = JSON.readTree(second.value());
		assertThat(credited.get("customerId").asString()).isEqualTo(customerId.toString());
		assertThat(credited.get("amount").decimalValue()).isEqualByComparingTo("4.99");
		assertThat(credited.get("currency").asString()).isEqualTo("EUR");
		assertThat(credited.get("balance").decimalValue()).isEqualByComparingTo("29.99");
		GoldenSamples.assertSameShape("payment.events", CloudEventHeaders.type(second.headers()), second.value());
	}

	@Test
	void publishesNothingForARefusedDepositOrForOpeningAnAccount() {
		api.as(customerId).account();
		assertThat(api.as(customerId).deposit("0.001").status()).isEqualTo(400);
		api.as(customerId).deposited("1.00");

		List<ConsumerRecord<String, String>> records = TopicRecords.awaitExactly("payment.events",
				customerId.toString(), 1);

		assertThat(JSON.readTree(records.get(0).value()).get("amount").decimalValue()).isEqualByComparingTo("1.00");
	}

}
