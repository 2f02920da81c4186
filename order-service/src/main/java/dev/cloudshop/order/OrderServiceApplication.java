package dev.cloudshop.order;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Owns customers' orders and orchestrates the order saga: it prices an order with
 * product-service, then has product-service reserve the stock and payment-service take the
 * money, over Kafka, and confirms or cancels the order.
 */
@SpringBootApplication
public class OrderServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(OrderServiceApplication.class, args);
	}

	/**
	 * The time of orders, transitions and saga deadlines; tests replace it to move time on.
	 * Ticks in microseconds, as PostgreSQL stores them, so a time read back equals the one written.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
