package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.cloudshop.stack.LocalStack;
import dev.cloudshop.stack.ServiceDefinition;
import dev.cloudshop.stack.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the services stand on: discovery, configuration, databases and logs, as the stack set them up. */
@SystemTest
class PlatformTests {

    @Test
    void eurekaListsEveryServiceThatRegistersAsUp(LocalStack stack) {
        List<String> registering = stack.options().services().stream()
                .map(ServiceDefinition::name)
                .filter(name -> !name.equals("discovery-service"))
                .map(name -> name.toUpperCase(Locale.ROOT))
                .toList();

        await("every service registered with Eureka")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> {
                    Http.Response apps = Http.get(Services.named("discovery-service").url() + "/eureka/apps",
                            "Accept", "application/json");
                    assertThat(apps.status()).isEqualTo(200);
                    List<String> up = new ArrayList<>();
                    for (JsonNode application : apps.json().path("applications").path("application")) {
                        for (JsonNode instance : application.path("instance")) {
                            if (instance.path("status").asString().equals("UP")) {
                                up.add(application.path("name").asString());
                            }
                        }
                    }
                    assertThat(up).containsAll(registering);
                });
    }

    @Test
    void configServiceServesEachServiceItsOwnAndTheSharedConfiguration(LocalStack stack) {
        String configService = Services.named("config-service").url();
        List<ServiceDefinition> clients = stack.options().services().stream()
                .filter(service -> !service.name().equals("discovery-service") && !service.name().equals("config-service"))
                .toList();
        assertThat(clients).isNotEmpty();

        for (ServiceDefinition service : clients) {
            Http.Response environment = Http.get(configService + "/" + service.name() + "/default");

            assertThat(environment.status()).as(service.name() + ": " + environment).isEqualTo(200);
            List<String> sources = StreamSupport.stream(environment.json().get("propertySources").spliterator(), false)
                    .map(source -> source.get("name").asString())
                    .toList();
            assertThat(sources).as(service.name())
                    .anyMatch(name -> name.endsWith("config-repo/" + service.name() + ".yml"))
                    .anyMatch(name -> name.endsWith("config-repo/application.yml"));
        }
    }

    @Nested
    class Databases {

        @Test
        void giveEachServiceUserItsOwnDatabase(LocalStack stack) throws SQLException {
            for (String database : databases(stack)) {
                try (Connection connection = connect(stack, database, database, stack.databasePassword(database));
                     Statement statement = connection.createStatement();
                     ResultSet owner = statement.executeQuery("SELECT pg_get_userbyid(datdba) FROM pg_database "
                             + "WHERE datname = current_database()")) {
                    assertThat(owner.next()).isTrue();
                    assertThat(owner.getString(1)).isEqualTo(database);
                }
            }
        }

        @Test
        void keepEachServiceUserOutOfEveryOtherDatabase(LocalStack stack) {
            List<String> databases = databases(stack);
            for (String user : databases) {
                List<String> others = new ArrayList<>(databases);
                others.remove(user);
                others.add("postgres");
                for (String other : others) {
                    assertThatThrownBy(() -> connect(stack, other, user, stack.databasePassword(user)).close())
                            .as(user + " connecting to " + other)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied for database");
                }
            }
        }

        @Test
        void refuseALoginWithoutTheRightPassword(LocalStack stack) {
            for (String user : List.of(databases(stack).get(0), "postgres")) {
                assertThatThrownBy(() -> connect(stack, "postgres", user, "not-the-password").close())
                        .as(user)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
        }

        private List<String> databases(LocalStack stack) {
            List<String> databases = stack.options().services().stream()
                    .flatMap(service -> service.databaseName().stream())
                    .toList();
            assertThat(databases).isNotEmpty();
            return databases;
        }

        private Connection connect(LocalStack stack, String database, String user, String password) throws SQLException {
            return DriverManager.getConnection(stack.jdbcUrl(database), user, password);
        }
    }

    @Test
    void writesEachServiceLogAsJsonLines(LocalStack stack) throws IOException {
        for (ServiceDefinition service : stack.options().services()) {
            List<String> lines = Files.readAllLines(stack.logFile(service.name())).stream()
                    .filter(line -> !line.isBlank())
                    .toList();

            assertThat(lines).as(service.name()).isNotEmpty();
            for (String line : lines) {
                JsonNode entry = Http.JSON.readTree(line);
                assertThat(entry.has("@timestamp")).as(service.name() + ": " + line).isTrue();
                assertThat(entry.path("log").path("level").asString()).as(service.name() + ": " + line).isNotEmpty();
            }
        }
    }

    @Test
    void keepsTheGeneratedPasswordsReadableByTheirOwnerOnly(LocalStack stack) throws IOException {
        Path secrets = stack.options().stateDirectory().resolve("secrets.properties");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        assertThat(Files.readString(secrets)).contains(stack.databasePassword("product"));
    }
}
