package dev.cloudshop.support.outbox;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class,
				JacksonAutoConfiguration.class, OutboxAutoConfiguration.class))
		// Never connected to: these contexts start no relay
		.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:1/none",
				"cloudshop.outbox.relay-enabled=false");

	@Test
	void providesAnOutboxWithoutARelayWhenTheRelayIsDisabled() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(Outbox.class)
			.doesNotHaveBean(OutboxRelay.class));
	}

	@Test
	void bindsTheDefaults() {
		this.contextRunner.run((context) -> {
			OutboxProperties properties = context.getBean(OutboxProperties.class);
			assertThat(properties.pollInterval()).hasSeconds(1);
			assertThat(properties.batchSize()).isEqualTo(500);
			assertThat(properties.retention()).hasDays(7);
		});
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, OutboxAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(Outbox.class).doesNotHaveBean(OutboxRelay.class));
	}

	@Test
	void backsOffWhenTheServiceDefinesItsOwnOutbox() {
		Outbox own = (event) -> {
		};
		this.contextRunner.withBean(Outbox.class, () -> own)
			.run((context) -> assertThat(context.getBean(Outbox.class)).isSameAs(own));
	}

}
