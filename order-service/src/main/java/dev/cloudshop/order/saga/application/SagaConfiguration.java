package dev.cloudshop.order.saga.application;

import dev.cloudshop.order.saga.OrderSaga;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The saga with its configured timeouts, and the scheduling its timeout sweeper runs on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SagaProperties.class)
@EnableScheduling
class SagaConfiguration {

	@Bean
	OrderSaga orderSaga(SagaProperties properties) {
		return new OrderSaga(properties.timeouts());
	}

}
