package dev.cloudshop.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL from the zonky embedded binaries, its data kept in {@code data/postgres}.
 * Every service with a database gets its own database and its own user, who owns it; no other
 * user (besides the superuser) may connect to it, and every login needs its password.
 */
final class Postgres implements Component {

    static final String NAME = "postgres";
    static final int PORT = 5432;
    static final String SUPERUSER = "postgres";

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    /** Password authentication for everyone, written after the superuser has a password. */
    private static final String PG_HBA = """
            # Written by the Cloudshop local stack: every login needs its password.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final List<String> databases;
    private volatile EmbeddedPostgres postgres;
    private volatile ProcessHandle postmaster;

    /** @param databases one database and user per name, e.g. {@code product} */
    Postgres(List<String> databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(PORT, "PostgreSQL");
    }

    @Override
    public Set<String> dependencies() {
        return Set.of();
    }

    static Path dataDirectory(StackOptions options) {
        return options.dataDirectory().resolve("postgres");
    }

    @Override
    public void start(Supervisor supervisor) throws IOException, SQLException {
        Path data = dataDirectory(supervisor.options());
        if (Files.exists(data.resolve("PG_VERSION")) && !supervisor.secrets().existedBefore()) {
            throw new StackException("The database in " + data + " was set up with passwords that are no longer in "
                    + "the secrets file. Start with --clean to begin with empty data.");
        }
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(supervisor.options().logFile(NAME).toFile());
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(PORT)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                // The embedded defaults trade durability for test speed (no fsync, asynchronous
                // commit); the stack keeps data across restarts, so a commit must be a commit.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .setConnectConfig("password", supervisor.secrets().password(SUPERUSER))
                .setPgBinaryResolver(Postgres::binaries)
                .start();
        postmaster = readPostmasterPid(data);
        supervisor.started(NAME, postmaster);
        provision(supervisor.secrets());
        Files.writeString(data.resolve("pg_hba.conf"), PG_HBA);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    /** Idempotent: creates what is missing and resets every password to the one in the secrets file. */
    private void provision(Secrets secrets) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(secrets.password(SUPERUSER)));
            statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC");
            for (String database : databases) {
                String name = identifier(database);
                if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", database)) {
                    statement.execute("CREATE ROLE " + name);
                }
                statement.execute("ALTER ROLE " + name + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD "
                        + literal(secrets.password(database)));
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE " + name + " OWNER " + name);
                }
                statement.execute("ALTER DATABASE " + name + " OWNER TO " + name);
                statement.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
            }
        }
    }

    /**
     * The PostgreSQL binaries for this machine, found as zonky finds them, except that a second
     * copy of the same jar on the classpath is no error: used as a library, local-stack.jar
     * brings its manifest's {@code lib/} next to the copies Maven resolves.
     */
    private static InputStream binaries(String system, String machine) throws IOException {
        String architecture = ArchUtils.normalize(machine);
        List<String> names = new ArrayList<>();
        Optional.ofNullable(LinuxUtils.getDistributionName())
                .ifPresent(distribution -> names.add(system + "-" + architecture + "-" + distribution));
        names.add(system + "-" + architecture);
        if (system.equals("Darwin") && architecture.equals("arm_64")) {
            names.add(system + "-x86_64");
        }
        for (String name : names) {
            String resource = ("postgres-" + name + ".txz").replace(' ', '_').toLowerCase(Locale.ROOT);
            InputStream binaries = Postgres.class.getClassLoader().getResourceAsStream(resource);
            if (binaries != null) {
                return binaries;
            }
        }
        throw new StackException("No PostgreSQL binaries for " + system + " " + architecture + " on the classpath");
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** The postmaster is not our child (pg_ctl starts it detached); its pid is in postmaster.pid. */
    private static ProcessHandle readPostmasterPid(Path data) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new StackException("PostgreSQL (pid " + pid + ") is not running"));
    }

    @Override
    public boolean stop() {
        ProcessHandle process = postmaster;
        List<ProcessHandle> backends = process == null ? List.of() : process.descendants().toList();
        EmbeddedPostgres running = postgres;
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                // the postmaster is stopped below in any case
            }
        }
        boolean graceful = process == null || Processes.stopTree(process, STOP_GRACE);
        backends.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return graceful;
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(postmaster);
    }
}
