package dev.cloudshop.payment;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Owns the customers' accounts and the payments of their orders. It takes money for an order
 * when order-service asks (payment.commands) and gives it back on a refund, each exactly once,
 * and tells everyone on payment.events.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PaymentServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(PaymentServiceApplication.class, args);
	}

	/** The time of account openings, authorisations and refunds; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
