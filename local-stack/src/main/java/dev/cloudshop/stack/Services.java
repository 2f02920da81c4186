package dev.cloudshop.stack;

import static dev.cloudshop.stack.ServiceDefinition.Tier.BUSINESS;
import static dev.cloudshop.stack.ServiceDefinition.Tier.EDGE;
import static dev.cloudshop.stack.ServiceDefinition.Tier.PLATFORM;

import java.util.List;

/**
 * Every service of the system. Platform services start one after another in table order; the
 * business services all at once; the edge last. Adding a service is one line.
 */
public final class Services {

    static final String DISCOVERY = "discovery-service";
    static final String CONFIG = "config-service";
    static final String AUTH = "auth-service";

    public static final List<ServiceDefinition> ALL = List.of(
            //                    name                 port  tier      own database
            new ServiceDefinition(DISCOVERY,           8761, PLATFORM, false),
            new ServiceDefinition(CONFIG,              8888, PLATFORM, false),
            new ServiceDefinition(AUTH,                9000, PLATFORM, false),
            new ServiceDefinition("product-service",   8081, BUSINESS, true),
            new ServiceDefinition("review-service",    8082, BUSINESS, true),
            new ServiceDefinition("order-service",     8083, BUSINESS, true),
            new ServiceDefinition("payment-service",   8084, BUSINESS, true),
            new ServiceDefinition("query-service",     8085, BUSINESS, true),
            new ServiceDefinition("gateway-service",   8080, EDGE,     false));

    private Services() {
    }

    public static ServiceDefinition named(String name) {
        return ALL.stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name + "'; known: "
                        + ALL.stream().map(ServiceDefinition::name).toList()));
    }
}
