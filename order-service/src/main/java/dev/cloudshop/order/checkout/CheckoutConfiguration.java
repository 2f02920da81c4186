package dev.cloudshop.order.checkout;

import java.net.http.HttpClient;

import io.github.resilience4j.retry.RetryRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.restclient.autoconfigure.RestClientBuilderConfigurer;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The client checkout prices with: a RestClient that finds product-service through the load
 * balancer (by its Eureka name), with Resilience4j's circuit breaker, time limiter and retry
 * named {@value #PRODUCT_SERVICE}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckoutProperties.class)
class CheckoutConfiguration {

	/** The name of product-service's circuit breaker, time limiter and retry (resilience4j.*.instances). */
	static final String PRODUCT_SERVICE = "product-service";

	/**
	 * The builder everyone else gets (Eureka's own client among them): Boot's, not load-balanced.
	 * Declaring the load-balanced builder below would otherwise replace it.
	 */
	@Bean
	@Primary
	@Scope("prototype")
	RestClient.Builder restClientBuilder(RestClientBuilderConfigurer configurer) {
		return configurer.configure(RestClient.builder());
	}

	@Bean
	@LoadBalanced
	RestClient.Builder loadBalancedRestClientBuilder(RestClientBuilderConfigurer configurer) {
		return configurer.configure(RestClient.builder());
	}

	@Bean
	ProductClient productClient(@LoadBalanced RestClient.Builder builder, CheckoutProperties properties,
			CircuitBreakerFactory<?, ?> circuitBreakers, RetryRegistry retries) {
		HttpClientSettings timeouts = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), properties.readTimeout());
		// The JDK's client: it retries nothing on its own (Apache's would retry I/O errors, and 503s
		// after their Retry-After, beneath the retry configured here), and it gives up when the time
		// limiter interrupts it.
		ClientHttpRequestFactory requestFactory = ClientHttpRequestFactoryBuilder.jdk()
			.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1))
			.build(timeouts);
		RestClient http = builder.clone()
			.baseUrl(properties.productServiceUrl().toString())
			.requestFactory(requestFactory)
			.build();
		return new ProductClient(http, circuitBreakers.create(PRODUCT_SERVICE), retries.retry(PRODUCT_SERVICE),
				properties.retryAfter());
	}

}
