package dev.cloudshop.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SharedInfrastructureTests {

	@Test
	void servesPostgresql18() throws Exception {
		try (Connection connection = SharedInfrastructure.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show server_version_num")) {
			result.next();
			assertThat(result.getInt(1)).isBetween(180000, 189999);
		}
		assertThat(SharedInfrastructure.jdbcUrl()).startsWith("jdbc:postgresql://localhost:");
	}

	@Test
	void createsASeparateDatabaseOnceOnDemand() throws Exception {
		String url = SharedInfrastructure.jdbcUrl("separate_test");
		assertThat(SharedInfrastructure.jdbcUrl("separate_test")).isEqualTo(url);
		try (Connection connection = DriverManager.getConnection(url, SharedInfrastructure.POSTGRES_USER,
				SharedInfrastructure.POSTGRES_PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select current_database()")) {
			result.next();
			assertThat(result.getString(1)).isEqualTo("separate_test");
		}
	}

	@Test
	void refusesADatabaseNameThatIsNotPlain() {
		assertThatIllegalArgumentException().isThrownBy(() -> SharedInfrastructure.jdbcUrl("x; drop database postgres"));
	}

	@Test
	void returnsTheSameServersOnEveryCall() {
		assertThat(SharedInfrastructure.postgres()).isSameAs(SharedInfrastructure.postgres());
		assertThat(SharedInfrastructure.kafka()).isSameAs(SharedInfrastructure.kafka());
	}

	@Test
	void createsTopicsOnFirstUse() throws Exception {
		String servers = SharedInfrastructure.kafkaBootstrapServers();
		try (KafkaProducer<String, String> producer = KafkaClients.producer(servers)) {
			producer.send(new ProducerRecord<>("shared.infrastructure.test", "key", "hello")).get();
		}
		assertThat(KafkaClients.awaitValues(servers, "shared.infrastructure.test", 1)).containsExactly("hello");
	}

}
