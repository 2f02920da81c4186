package dev.cloudshop.stack;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A Cloudshop service: its boot jar in a JVM sized for a laptop, configured through the environment. */
final class SpringBootService extends JavaProcessComponent {

    /**
     * Small heaps, the serial collector and C1 only: start-up and memory matter more here than
     * peak throughput, and a dozen JVMs have to fit one machine.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final ServiceDefinition definition;
    private final Set<String> dependencies;

    SpringBootService(ServiceDefinition definition, List<ServiceDefinition> selected) {
        this.definition = definition;
        this.dependencies = dependenciesOf(definition, selected);
    }

    /** See {@link ServiceDefinition.Tier}: the tier decides what a service waits for. */
    static Set<String> dependenciesOf(ServiceDefinition service, List<ServiceDefinition> selected) {
        Set<String> dependencies = new LinkedHashSet<>();
        switch (service.tier()) {
            case PLATFORM -> selected.stream()
                    .takeWhile(other -> !other.equals(service))
                    .filter(other -> other.tier() == ServiceDefinition.Tier.PLATFORM)
                    .forEach(other -> dependencies.add(other.name()));
            case BUSINESS -> {
                selected.stream()
                        .filter(other -> other.tier() == ServiceDefinition.Tier.PLATFORM)
                        .forEach(other -> dependencies.add(other.name()));
                dependencies.add(Kafka.NAME);
                dependencies.add(Zipkin.NAME);
                if (service.database()) {
                    dependencies.add(Postgres.NAME);
                }
            }
            case EDGE -> {
                selected.stream()
                        .filter(other -> other.tier() != ServiceDefinition.Tier.EDGE)
                        .forEach(other -> dependencies.add(other.name()));
                dependencies.add(Zipkin.NAME);
            }
        }
        return dependencies;
    }

    @Override
    public String name() {
        return definition.name();
    }

    ServiceDefinition definition() {
        return definition;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(definition.port(), definition.name());
    }

    @Override
    public Set<String> dependencies() {
        return dependencies;
    }

    @Override
    List<String> arguments(Supervisor supervisor) {
        return Stream.concat(JVM_OPTIONS.stream(),
                Stream.of("-jar", definition.jar(supervisor.options().repositoryRoot()).toString())).toList();
    }

    @Override
    Map<String, String> environment(Supervisor supervisor) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", Integer.toString(definition.port()));
        environment.put("CONFIG_SERVER_URL", Services.named(Services.CONFIG).url());
        environment.put("EUREKA_URL", Services.named(Services.DISCOVERY).url() + "/eureka/");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", Kafka.BOOTSTRAP_SERVERS);
        environment.put("POSTGRES_HOST", "localhost");
        environment.put("POSTGRES_PORT", Integer.toString(Postgres.PORT));
        environment.put("ZIPKIN_ENDPOINT", Zipkin.URL + "/api/v2/spans");
        // The issuer every token names; resource servers fetch its keys from <issuer>/oauth2/jwks.
        environment.put("AUTH_ISSUER_URI", Services.named(Services.AUTH).url());
        environment.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        // JSON lines only in the log files, and the readiness probe the stack waits on
        environment.put("SPRING_MAIN_BANNER_MODE", "off");
        environment.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        definition.databaseName().ifPresent(user ->
                environment.put(definition.passwordVariable().orElseThrow(), supervisor.secrets().password(user)));
        if (definition.name().equals(Services.AUTH)) {
            environment.put(Secrets.AUTH_SERVICE_CLIENT_SECRET, supervisor.secrets().secret(Secrets.AUTH_SERVICE_CLIENT_SECRET));
        }
        if (definition.name().equals(Services.CONFIG)) {
            environment.put("CONFIG_REPO_LOCATION", "file:" + supervisor.options().repositoryRoot().resolve("config-repo") + "/");
        }
        return environment;
    }

    @Override
    boolean ready() throws Exception {
        return Readiness.http(definition.url() + "/actuator/health/readiness", "\"UP\"");
    }
}
