package dev.cloudshop.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Kafka broker in KRaft combined mode (broker and controller in one JVM), run from the
 * Kafka jars the build copies to {@code local-stack/target/stack/kafka}. Its log directory is
 * formatted once, on the first start; later starts find their topics again.
 */
final class Kafka extends JavaProcessComponent {

    static final String NAME = "kafka";
    static final int PORT = 9092;
    static final int CONTROLLER_PORT = 9093;
    static final String BOOTSTRAP_SERVERS = "localhost:" + PORT;

    private static final List<String> JVM_OPTIONS = List.of(
            "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");
    private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(PORT, "Kafka (broker)", CONTROLLER_PORT, "Kafka (KRaft controller)");
    }

    @Override
    public Set<String> dependencies() {
        return Set.of();
    }

    static Path home(StackOptions options) {
        return options.payloadDirectory().resolve("kafka");
    }

    private static Path configFile(StackOptions options) {
        return options.stateDirectory().resolve("kafka.properties");
    }

    private static Path logDirectory(StackOptions options) {
        return options.dataDirectory().resolve("kafka");
    }

    @Override
    void prepare(Supervisor supervisor) throws IOException, InterruptedException {
        StackOptions options = supervisor.options();
        Files.createDirectories(logDirectory(options));
        Files.writeString(configFile(options), configuration(logDirectory(options)));
        if (!Files.exists(logDirectory(options).resolve("meta.properties"))) {
            String clusterId = newClusterId(options);
            supervisor.progress().line(NAME, "formatting its log directory (first start), cluster id " + clusterId);
            run(options, List.of("format", "-t", clusterId, "-c", configFile(options).toString()),
                    ProcessBuilder.Redirect.appendTo(options.logFile(NAME).toFile()));
        }
    }

    static String configuration(Path logDirectory) {
        return """
                # Written by the Cloudshop local stack at every start: one broker that is its own KRaft controller.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                controller.listener.names=CONTROLLER
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                # a single broker: internal topics with one replica and few partitions
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=3
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                share.coordinator.state.topic.num.partitions=3
                group.initial.rebalance.delay.ms=0
                """.formatted(PORT, CONTROLLER_PORT, logDirectory);
    }

    /**
     * Asks Kafka's own tool for a cluster id. Only standard output carries the id: the tool's
     * log lines go to standard error, which is discarded.
     */
    private static String newClusterId(StackOptions options) throws IOException, InterruptedException {
        String output = run(options, List.of("random-uuid"), ProcessBuilder.Redirect.PIPE);
        return output.lines()
                .map(String::trim)
                .filter(line -> CLUSTER_ID.matcher(line).matches())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new StackException("Kafka's StorageTool printed no cluster id: " + output));
    }

    /** Runs {@code kafka.tools.StorageTool} and returns its standard output (when piped). */
    private static String run(StackOptions options, List<String> arguments, ProcessBuilder.Redirect output)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Processes.java().toString(), "-cp", classpath(options),
                "kafka.tools.StorageTool"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .directory(options.repositoryRoot().toFile())
                .redirectOutput(output)
                .redirectError(output.type() == ProcessBuilder.Redirect.Type.PIPE ? ProcessBuilder.Redirect.DISCARD : output)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new StackException("Kafka's StorageTool " + arguments + " failed with exit code " + process.exitValue()
                    + ".\n" + Readiness.describeLog(options.logFile(NAME)));
        }
        return text;
    }

    private static String classpath(StackOptions options) {
        return home(options) + "/*";
    }

    @Override
    List<String> arguments(Supervisor supervisor) {
        List<String> arguments = new ArrayList<>(JVM_OPTIONS);
        arguments.addAll(List.of("-cp", classpath(supervisor.options()), "kafka.Kafka",
                configFile(supervisor.options()).toString()));
        return arguments;
    }

    @Override
    Map<String, String> environment(Supervisor supervisor) {
        return Map.of();
    }

    @Override
    boolean ready() throws IOException {
        return Readiness.kafka(PORT);
    }
}
