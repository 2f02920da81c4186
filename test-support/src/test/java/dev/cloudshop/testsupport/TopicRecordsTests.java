package dev.cloudshop.testsupport;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TopicRecordsTests {

	private final String topic = "topic.records.test." + UUID.randomUUID();

	@BeforeEach
	void send() throws Exception {
		try (KafkaProducer<String, String> producer = KafkaClients.producer(SharedInfrastructure.kafkaBootstrapServers())) {
			for (String[] record : new String[][] { { "a", "a1" }, { "b", "b1" }, { null, "none" }, { "a", "a2" } }) {
				producer.send(new ProducerRecord<>(this.topic, record[0], record[1])).get();
			}
		}
	}

	private static List<String> values(List<ConsumerRecord<String, String>> records) {
		return records.stream().map(ConsumerRecord::value).toList();
	}

	@Test
	void keepsTheRecordsOfTheKeyInOrder() {
		assertThat(values(TopicRecords.awaitRecords(this.topic, "a", 2))).containsExactly("a1", "a2");
		assertThat(values(TopicRecords.awaitExactly(this.topic, "a", 2))).containsExactly("a1", "a2");
		String servers = SharedInfrastructure.kafkaBootstrapServers();
		assertThat(values(TopicRecords.awaitExactly(servers, this.topic, "b", 1))).containsExactly("b1");
		assertThat(values(TopicRecords.awaitRecords(servers, this.topic, "b", 1))).containsExactly("b1");
	}

	@Test
	void keepsTheRecordsOfSeveralKeys() {
		assertThat(values(TopicRecords.awaitRecords(this.topic, List.of("a", "b"), 3))).containsExactlyInAnyOrder("a1",
				"a2", "b1");
		assertThat(values(TopicRecords.recordsNow(this.topic, List.of("b")))).containsExactly("b1");
	}

	@Test
	void readsRecordsOfAnyKeyFromTheBrokerNamed() {
		assertThat(values(TopicRecords.awaitAnyKey(SharedInfrastructure.kafkaBootstrapServers(), this.topic, 4)))
			.containsExactlyInAnyOrder("a1", "a2", "b1", "none");
	}

	@Test
	void failsWhenMoreRecordsOfTheKeyArriveThanExpected() {
		assertThatExceptionOfType(ConditionTimeoutException.class)
			.isThrownBy(() -> TopicRecords.awaitExactly(this.topic, "a", 1));
	}

}
