package dev.cloudshop.stack;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * One Spring Boot service of the system as the local stack runs it: its boot jar is
 * {@code <name>/target/<name>.jar}, it listens on {@code port} and is ready when
 * {@code /actuator/health/readiness} on that port says UP.
 *
 * @param name     the module and application name, e.g. {@code product-service}
 * @param port     the HTTP port (the stack passes it as {@code SERVER_PORT})
 * @param tier     when it starts relative to the others
 * @param database whether it owns a PostgreSQL database (and user) named after it
 */
public record ServiceDefinition(String name, int port, Tier tier, boolean database) {

    /**
     * Start order. Platform services start one after another in table order, before anything
     * else; business services start together once the platform and the infrastructure they use
     * are ready; edge services start last, once every business service is ready.
     */
    public enum Tier { PLATFORM, BUSINESS, EDGE }

    /** The boot jar the build produces for this service. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target").resolve(name + ".jar");
    }

    /** The database and user name: the service name without its {@code -service} suffix. */
    public Optional<String> databaseName() {
        return database ? Optional.of(name.replaceFirst("-service$", "")) : Optional.empty();
    }

    /** The environment variable carrying the database password, e.g. {@code PRODUCT_DB_PASSWORD}. */
    public Optional<String> passwordVariable() {
        return databaseName().map(db -> db.toUpperCase(Locale.ROOT).replace('-', '_') + "_DB_PASSWORD");
    }

    public String url() {
        return "http://localhost:" + port;
    }
}
