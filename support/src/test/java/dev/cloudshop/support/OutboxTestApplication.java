package dev.cloudshop.support;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service that uses the outbox: a DataSource, Flyway, Kafka and the auto-configuration. */
@SpringBootApplication
class OutboxTestApplication {

}
