package dev.cloudshop.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A KRaft broker that a test can stop and start again on the same port, to simulate a Kafka
 * outage: clients keep the same bootstrap address throughout. Each start is a fresh cluster,
 * so records and committed offsets from before a stop are gone; consume what matters after
 * {@link #start()}.
 * <p>
 * The fixed port is an extra listener ({@value #LISTENER}) added beside the ones the Kafka test
 * kit binds to random ports; clients bootstrapping through it are answered with its address.
 */
public final class RestartableKafkaBroker implements AutoCloseable {

	private static final String LISTENER = "FIXED";

	private final int port;

	private EmbeddedKafkaKraftBroker broker;

	/** A broker on a free port, not yet started. */
	public RestartableKafkaBroker() {
		this(freePort());
	}

	public RestartableKafkaBroker(int port) {
		this.port = port;
	}

	public synchronized RestartableKafkaBroker start() {
		if (this.broker == null) {
			EmbeddedKafkaKraftBroker started = SharedInfrastructure
				.newKafkaBroker("cloudshop.test.restartable-kafka." + this.port + ".bootstrap-servers");
			started.brokerProperty("listeners",
					"EXTERNAL://localhost:0,CONTROLLER://localhost:0," + LISTENER + "://localhost:" + this.port);
			started.brokerProperty("listener.security.protocol.map",
					"EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT," + LISTENER + ":PLAINTEXT");
			started.afterPropertiesSet();
			this.broker = started;
		}
		return this;
	}

	public synchronized void stop() {
		if (this.broker != null) {
			this.broker.destroy();
			this.broker = null;
		}
	}

	public synchronized boolean isRunning() {
		return this.broker != null;
	}

	/** The same address before and after every restart. */
	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() {
		stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for a Kafka broker", ex);
		}
	}

}
