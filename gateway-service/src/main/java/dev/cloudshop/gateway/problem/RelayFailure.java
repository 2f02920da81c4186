package dev.cloudshop.gateway.problem;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Why a request could not be relayed to a service, read from the failure that the route's
 * circuit breaker recorded. A slow service is a 504; a service that cannot be used at all
 * (open breaker, no instance, unreachable) is a 503 the client may retry later.
 */
enum RelayFailure {

    /** The breaker is open: the service failed too often, so calls are refused without trying it. */
    CIRCUIT_OPEN(HttpStatus.SERVICE_UNAVAILABLE, "%s failed too often recently; calls to it are paused"),

    /** The service did not answer within the http client's response timeout (or the breaker's time limit). */
    TIMED_OUT(HttpStatus.GATEWAY_TIMEOUT, "%s did not answer in time"),

    /** Eureka lists no instance of the service. */
    NO_INSTANCE(HttpStatus.SERVICE_UNAVAILABLE, "No instance of %s is available"),

    /** An instance was chosen but could not be reached: connection refused or reset, or the like. */
    UNREACHABLE(HttpStatus.SERVICE_UNAVAILABLE, "%s could not be reached");

    private final HttpStatus status;

    private final String detail;

    RelayFailure(HttpStatus status, String detail) {
        this.status = status;
        this.detail = detail;
    }

    static RelayFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException) {
                return CIRCUIT_OPEN;
            }
            if (cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof org.springframework.cloud.gateway.support.TimeoutException
                    || cause instanceof ResponseStatusException timeout && timeout.getStatusCode().value() == 504) {
                return TIMED_OUT;
            }
            if (cause instanceof NotFoundException) {
                return NO_INSTANCE;
            }
        }
        return UNREACHABLE;
    }

    HttpStatus status() {
        return status;
    }

    String detail(String service) {
        return detail.formatted(service);
    }

}
