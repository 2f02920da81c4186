package dev.cloudshop.query;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The read side of Cloudshop: views shaped for screens, built from the events every other
 * service publishes, and queried here instead of in the services that own the data.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QueryServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(QueryServiceApplication.class, args);
	}

	/** The time every read model stamps on what it applies. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
