package dev.cloudshop.stack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What to start and where to keep its state.
 *
 * @param repositoryRoot the Cloudshop checkout: working directory of every process, home of the jars
 * @param stateDirectory logs, data, secrets and the pid file ({@code .cloudshop} by default)
 * @param clean          delete the data (databases, Kafka topics) before starting
 * @param services       the services to start, a subset of {@link Services#ALL} in its order;
 *                       PostgreSQL, Kafka and Zipkin always start
 */
public record StackOptions(Path repositoryRoot, Path stateDirectory, boolean clean, List<ServiceDefinition> services) {

    public StackOptions {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        stateDirectory = stateDirectory.toAbsolutePath().normalize();
        services = Services.ALL.stream().filter(services::contains).toList();
    }

    /** Every service, state in {@code <repository>/.cloudshop}, data kept. */
    public static StackOptions defaults() {
        Path root = findRepositoryRoot();
        return new StackOptions(root, root.resolve(".cloudshop"), false, Services.ALL);
    }

    public StackOptions withStateDirectory(Path directory) {
        return new StackOptions(repositoryRoot, directory, clean, services);
    }

    public StackOptions withClean(boolean clean) {
        return new StackOptions(repositoryRoot, stateDirectory, clean, services);
    }

    public StackOptions withServices(String... names) {
        return new StackOptions(repositoryRoot, stateDirectory, clean,
                Arrays.stream(names).map(Services::named).toList());
    }

    public Path logDirectory() {
        return stateDirectory.resolve("logs");
    }

    public Path dataDirectory() {
        return stateDirectory.resolve("data");
    }

    public Path logFile(String processName) {
        return logDirectory().resolve(processName + ".log");
    }

    /** The Kafka and Zipkin distributions the local-stack build copies next to the launcher. */
    Path payloadDirectory() {
        return repositoryRoot.resolve("local-stack").resolve("target").resolve("stack");
    }

    /**
     * The checkout is the first directory, walking up from the launcher's own jar (or classes)
     * and then from the working directory, that holds {@code mvnw} and {@code config-repo/}.
     */
    static Path findRepositoryRoot() {
        return Stream.of(codeLocation(), Optional.of(Path.of("").toAbsolutePath()))
                .flatMap(Optional::stream)
                .flatMap(start -> Stream.iterate(start, p -> p != null, Path::getParent))
                .filter(dir -> Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("config-repo")))
                .findFirst()
                .orElseThrow(() -> new StackException(
                        "Cannot find the Cloudshop checkout (a directory with mvnw and config-repo/); "
                                + "run from inside it."));
    }

    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(StackOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
