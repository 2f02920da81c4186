package dev.cloudshop.testsupport;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartableKafkaBrokerTests {

	private final RestartableKafkaBroker broker = new RestartableKafkaBroker();

	@AfterEach
	void stopBroker() {
		this.broker.close();
	}

	@Test
	void refusesRecordsWhileStoppedAndAcceptsThemAgainOnTheSamePort() throws Exception {
		String servers = this.broker.start().bootstrapServers();
		try (KafkaProducer<String, String> producer = KafkaClients.producer(servers)) {
			producer.send(new ProducerRecord<>("restartable.test", "key", "before")).get();
			assertThat(KafkaClients.awaitValues(servers, "restartable.test", 1)).containsExactly("before");

			this.broker.stop();
			assertThat(this.broker.isRunning()).isFalse();
			assertThatThrownBy(() -> producer.send(new ProducerRecord<>("restartable.test", "key", "lost")).get())
				.isInstanceOf(ExecutionException.class);

			this.broker.start();
			assertThat(this.broker.bootstrapServers()).isEqualTo(servers);
			producer.send(new ProducerRecord<>("restartable.test", "key", "after")).get();
		}
		assertThat(KafkaClients.awaitValues(servers, "restartable.test", 1)).containsExactly("after");
	}

}
