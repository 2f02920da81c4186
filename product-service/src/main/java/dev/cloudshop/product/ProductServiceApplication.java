package dev.cloudshop.product;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Owns the catalog (what is sold, at which price) and the stock of every product, and reserves
 * stock for orders in the order saga.
 */
@SpringBootApplication
public class ProductServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProductServiceApplication.class, args);
	}

	/** The time stock reservations are made and released; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
