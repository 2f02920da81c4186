package dev.cloudshop.review;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Owns the reviews customers write about products. It knows which products exist from
 * product.events alone (a local projection), never by asking product-service.
 */
@SpringBootApplication
public class ReviewServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReviewServiceApplication.class, args);
	}

	/** The time of posts, edits and removals; tests may replace it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
