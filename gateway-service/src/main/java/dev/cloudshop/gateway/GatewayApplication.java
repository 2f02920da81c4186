package dev.cloudshop.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The single entry point for clients. Routes, defined in config-repo/gateway-service.yml, send
 * each path to a service found in Eureka; the gateway itself holds no business rules.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }

}
