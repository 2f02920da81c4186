package dev.cloudshop.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole system on one machine: PostgreSQL, Kafka and Zipkin, then the services, each its
 * own process, each started once what it needs is ready (independent ones in parallel) and
 * awaited on its health. {@link #stop()} stops them in reverse order and leaves no process
 * behind. Used by the run command and by the system tests alike.
 */
public final class LocalStack implements AutoCloseable {

    /** How long in-flight starts may take to notice a stop before the components are stopped anyway. */
    private static final Duration ABANDON_START_WAIT = Duration.ofSeconds(90);

    private final StackOptions options;
    private final Progress progress;
    private final List<Component> components;
    private final PidFile pidFile;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-stack");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicBoolean startCalled = new AtomicBoolean();
    private final AtomicBoolean stopCalled = new AtomicBoolean();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();
    private final List<CompletableFuture<Void>> starts = Collections.synchronizedList(new ArrayList<>());
    /** Processes {@link #kill} ended on purpose: their exit is no surprise worth reporting. */
    private final Set<ProcessHandle> killed = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile boolean ready;
    private volatile Secrets secrets;
    private volatile boolean ownsPidFile;
    private final Thread shutdownHook = new Thread(this::stop, "local-stack-shutdown");

    public LocalStack(StackOptions options) {
        this(options, System.out);
    }

    public LocalStack(StackOptions options, PrintStream out) {
        this.options = options;
        this.progress = new Progress(out);
        this.pidFile = new PidFile(options.stateDirectory().resolve("stack.pid"));
        this.components = components(options.services());
    }

    /** Infrastructure first, then the services by tier in table order: an order in which every dependency comes first. */
    static List<Component> components(List<ServiceDefinition> services) {
        List<Component> components = new ArrayList<>();
        components.add(new Postgres(services.stream().flatMap(service -> service.databaseName().stream()).toList()));
        components.add(new Kafka());
        components.add(new Zipkin());
        services.stream()
                .sorted(Comparator.comparing(ServiceDefinition::tier))
                .forEach(service -> components.add(new SpringBootService(service, services)));
        return List.copyOf(components);
    }

    /**
     * Starts everything and returns once every component is ready. On failure it stops what it
     * started and throws a {@link StackException} that says what went wrong. Should the JVM
     * end (Ctrl-C, SIGTERM) before {@link #stop()} is called, a shutdown hook stops the stack.
     */
    public void start() {
        if (!startCalled.compareAndSet(false, true)) {
            throw new IllegalStateException("This stack was started already; create a new LocalStack");
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        long startNanos = System.nanoTime();
        progress.line("cloudshop", "starting from " + options.repositoryRoot() + ", state in " + options.stateDirectory());
        try {
            prepare();
            launchAll();
        } catch (RuntimeException e) {
            if (!processes().isEmpty()) {
                progress.line("cloudshop", "start failed; stopping what did start (the reason follows)");
            }
            stop();
            throw e;
        }
        ready = true;
        progress.line("cloudshop", String.format("ready in %.1f s", (System.nanoTime() - startNanos) / 1e9));
    }

    private void prepare() {
        createDirectories(options.logDirectory(), options.dataDirectory());
        List<String> stopOrder = new ArrayList<>(components.stream().map(Component::name).toList());
        Collections.reverse(stopOrder);
        pidFile.stopLeftovers(stopOrder, progress);
        if (options.clean()) {
            progress.line("cloudshop", "--clean: deleting " + options.dataDirectory());
            deleteRecursively(options.dataDirectory());
            createDirectories(options.dataDirectory());
        }
        requireBuilt();
        Ports.requireFree(ports());
        List<String> users = new ArrayList<>(List.of(Postgres.SUPERUSER));
        options.services().forEach(service -> service.databaseName().ifPresent(users::add));
        secrets = Secrets.loadOrCreate(options.stateDirectory().resolve("secrets.properties"), users);
        for (Component component : components) {
            truncate(options.logFile(component.name()));
        }
    }

    private void requireBuilt() {
        List<Path> required = new ArrayList<>(List.of(Kafka.home(options), Zipkin.jar(options)));
        options.services().forEach(service -> required.add(service.jar(options.repositoryRoot())));
        List<String> missing = required.stream()
                .filter(path -> !Files.exists(path))
                .map(path -> "  " + options.repositoryRoot().relativize(path))
                .toList();
        if (!missing.isEmpty()) {
            throw new StackException("Not built yet:\n" + String.join("\n", missing)
                    + "\nBuild first: ./mvnw -DskipTests package (./cloudshop.sh does it for you).");
        }
    }

    private void launchAll() {
        Component.Supervisor supervisor = new StackSupervisor();
        try {
            launch(components, component -> startOne(component, supervisor), executor, starts::add).join();
        } catch (CompletionException e) {
            throw asStackException(e);
        }
    }

    /**
     * Starts each component on the executor as soon as everything it depends on is ready, so that
     * independent components, such as all business services, start and become ready at the same
     * time. {@code components} must list every dependency before its dependents.
     *
     * @param start     starts one component and returns once it is ready
     * @param scheduled receives each component's start as it is scheduled
     * @return completes once every component is ready, or exceptionally with the first failure
     */
    static CompletableFuture<Object> launch(List<? extends Component> components, Consumer<Component> start,
                                            Executor executor, Consumer<CompletableFuture<Void>> scheduled) {
        Map<String, CompletableFuture<Void>> ready = new LinkedHashMap<>();
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        for (Component component : components) {
            CompletableFuture<?>[] dependencies = component.dependencies().stream()
                    .map(ready::get)
                    .filter(Objects::nonNull)
                    .toArray(CompletableFuture[]::new);
            CompletableFuture<Void> whenReady = CompletableFuture.allOf(dependencies)
                    .thenRunAsync(() -> start.accept(component), executor);
            whenReady.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    firstFailure.completeExceptionally(failure);
                }
            });
            ready.put(component.name(), whenReady);
            scheduled.accept(whenReady);
        }
        return CompletableFuture.anyOf(CompletableFuture.allOf(ready.values().toArray(CompletableFuture[]::new)), firstFailure);
    }

    private void startOne(Component component, Component.Supervisor supervisor) {
        long startNanos = System.nanoTime();
        progress.line(component.name(), "starting" + portsText(component));
        try {
            component.start(supervisor);
        } catch (StackException | Component.StackStoppedException e) {
            throw e;
        } catch (Exception e) {
            throw new StackException(component.name() + " failed to start: " + e + "\n"
                    + Readiness.describeLog(options.logFile(component.name())), e);
        }
        progress.line(component.name(), String.format("ready in %.1f s (pid %d)", (System.nanoTime() - startNanos) / 1e9,
                component.process().map(ProcessHandle::pid).orElse(-1L)));
    }

    private static String portsText(Component component) {
        return component.ports().isEmpty() ? "" : " on port " + component.ports().keySet().stream()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    private static StackException asStackException(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof StackException stackException) {
            return stackException;
        }
        if (cause instanceof Component.StackStoppedException) {
            return new StackException("Start abandoned: the stack was asked to stop.", cause);
        }
        return new StackException("Start failed: " + cause, cause);
    }

    /**
     * Stops every started process, dependents before what they depend on (services in reverse
     * start order, then the infrastructure), each gracefully and then forcibly after a timeout,
     * together with any process it started. Safe to call more than once and from several threads.
     */
    public void stop() {
        if (!stopCalled.compareAndSet(false, true)) {
            stopped.join();
            return;
        }
        try {
            synchronized (processes) {
                stopping = true;
            }
            awaitAbandonedStarts();
            if (!processes().isEmpty()) {
                long startNanos = System.nanoTime();
                progress.line("cloudshop", "stopping");
                stopAll();
                progress.line("cloudshop", String.format("stopped in %.1f s", (System.nanoTime() - startNanos) / 1e9));
            }
            if (ownsPidFile) {
                pidFile.delete();
            }
        } finally {
            executor.shutdownNow();
            removeShutdownHook();
            stopped.complete(null);
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the JVM is shutting down already, or the hook was never added
            }
        }
    }

    private void awaitAbandonedStarts() {
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new))
                    .exceptionally(failure -> null)
                    .get(ABANDON_START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // stop what did start regardless
        }
    }

    private void stopAll() {
        Map<String, CompletableFuture<Void>> done = new LinkedHashMap<>();
        List<Component> reversed = new ArrayList<>(components);
        Collections.reverse(reversed);
        for (Component component : reversed) {
            CompletableFuture<?>[] dependents = components.stream()
                    .filter(other -> other.dependencies().contains(component.name()))
                    .map(other -> done.get(other.name()))
                    .toArray(CompletableFuture[]::new);
            done.put(component.name(), CompletableFuture.allOf(dependents)
                    .handle((ignored, failure) -> null)
                    .thenRunAsync(() -> stopOne(component), executor));
        }
        CompletableFuture.allOf(done.values().toArray(CompletableFuture[]::new)).join();
    }

    private void stopOne(Component component) {
        Optional<ProcessHandle> process = component.process();
        if (process.isEmpty()) {
            return;
        }
        long startNanos = System.nanoTime();
        progress.line(component.name(), "stopping (pid " + process.get().pid() + ")");
        boolean graceful = component.stop();
        progress.line(component.name(), String.format(graceful ? "stopped in %.1f s" : "killed after %.1f s: it did not stop in time",
                (System.nanoTime() - startNanos) / 1e9));
    }

    /**
     * Kills one component of the running stack at once, as a crash would: SIGKILL to its process
     * and to whatever that started, so it neither finishes its work nor deregisters from Eureka.
     * The rest of the stack keeps running. Any service, Kafka or Zipkin; not PostgreSQL. Returns
     * once the processes are gone; {@link #startAgain} brings it back.
     *
     * @throws IllegalArgumentException if there is no such component, or it is PostgreSQL
     * @throws IllegalStateException    if the stack is not running, or the component is not
     */
    public void kill(String name) {
        JavaProcessComponent component = restartable(name);
        ProcessHandle process = component.process()
                .filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        killed.add(process);
        long startNanos = System.nanoTime();
        component.kill();
        progress.line(name, String.format("killed (SIGKILL, pid %d) in %.1f s", process.pid(),
                (System.nanoTime() - startNanos) / 1e9));
    }

    /**
     * Starts a component that was killed (or crashed) again, as the stack started it at first
     * (same port, environment and log file, which it appends to), and returns once it is ready by
     * the same probe. A service that does not come up is left to {@link #stop()}.
     *
     * @throws IllegalArgumentException if there is no such component, or it is PostgreSQL
     * @throws IllegalStateException    if the stack is not running, or the component still runs
     * @throws StackException           if it does not become ready, with the end of its log
     */
    public void startAgain(String name) {
        JavaProcessComponent component = restartable(name);
        component.process().filter(ProcessHandle::isAlive).ifPresent(process -> {
            throw new IllegalStateException(name + " is running (pid " + process.pid() + ")");
        });
        Ports.requireFree(component.ports());
        CompletableFuture<Void> start = CompletableFuture.runAsync(() -> startOne(component, new StackSupervisor()), executor);
        starts.add(start);
        try {
            start.join();
        } catch (CompletionException e) {
            throw asStackException(e);
        }
    }

    private JavaProcessComponent restartable(String name) {
        Component component = components.stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown component '" + name + "'; known: "
                        + components.stream().map(Component::name).toList()));
        if (!(component instanceof JavaProcessComponent javaProcess)) {
            throw new IllegalArgumentException(name + " cannot be killed and started again; only the services, "
                    + Kafka.NAME + " and " + Zipkin.NAME + " can");
        }
        if (!ready || stopping) {
            throw new IllegalStateException("The stack is not running");
        }
        return javaProcess;
    }

    @Override
    public void close() {
        stop();
    }

    public StackOptions options() {
        return options;
    }

    /** The main process of every component started so far, by component name, in start order. */
    public Map<String, ProcessHandle> processes() {
        synchronized (processes) {
            return Map.copyOf(processes);
        }
    }

    /** Every port the stack uses, with what uses it. */
    public Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        components.forEach(component -> ports.putAll(component.ports()));
        return ports;
    }

    public String kafkaBootstrapServers() {
        return Kafka.BOOTSTRAP_SERVERS;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + Postgres.PORT + "/" + database;
    }

    /** The password of a database user (a service's database name, or {@code postgres}). */
    public String databasePassword(String user) {
        if (secrets == null) {
            throw new IllegalStateException("The stack has not been started");
        }
        return secrets.password(user);
    }

    public Path logFile(String name) {
        return options.logFile(name);
    }

    /** What a person opens once the stack is up, in the order worth reading. */
    public List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        options.services().stream()
                .filter(service -> service.tier() == ServiceDefinition.Tier.EDGE)
                .forEach(service -> endpoints.add(new Endpoint(service.name(), service.url(), "the API: start here")));
        options.services().stream()
                .filter(service -> service.tier() == ServiceDefinition.Tier.BUSINESS)
                .forEach(service -> endpoints.add(new Endpoint(service.name(), service.url() + "/swagger-ui.html",
                        "Swagger UI (direct, bypassing the gateway)")));
        options.services().stream()
                .filter(service -> service.tier() == ServiceDefinition.Tier.PLATFORM)
                .forEach(service -> endpoints.add(new Endpoint(service.name(), service.url(),
                        switch (service.name()) {
                            case Services.DISCOVERY -> "Eureka dashboard";
                            case Services.AUTH -> "sign-in: TOKEN=$(scripts/get-token.sh alice|admin)";
                            default -> "";
                        })));
        endpoints.add(new Endpoint(Zipkin.NAME, Zipkin.URL, "traces"));
        endpoints.add(new Endpoint(Kafka.NAME, Kafka.BOOTSTRAP_SERVERS, "bootstrap servers"));
        endpoints.add(new Endpoint(Postgres.NAME, "localhost:" + Postgres.PORT,
                "passwords and secrets in " + display(options.stateDirectory().resolve("secrets.properties"))));
        endpoints.add(new Endpoint("logs", display(options.logDirectory()), "one file per process"));
        return endpoints;
    }

    private String display(Path path) {
        return path.startsWith(options.repositoryRoot()) ? options.repositoryRoot().relativize(path).toString() : path.toString();
    }

    /** Something to open or connect to, for the table printed at the end of the start. */
    public record Endpoint(String name, String address, String description) {
    }

    private final class StackSupervisor implements Component.Supervisor {

        @Override
        public void started(String name, ProcessHandle process) {
            synchronized (processes) {
                if (!stopping) {
                    processes.put(name, process);
                    pidFile.write(processes);
                    ownsPidFile = true;
                    process.onExit().thenRun(() -> {
                        if (ready && !stopping && !killed.contains(process)) {
                            progress.line(name, "exited unexpectedly; see " + display(options.logFile(name)));
                        }
                    });
                    return;
                }
            }
            Processes.stopTree(process, Duration.ofSeconds(10));
            throw new Component.StackStoppedException(name);
        }

        @Override
        public boolean stopping() {
            return stopping;
        }

        @Override
        public Progress progress() {
            return progress;
        }

        @Override
        public Secrets secrets() {
            return secrets;
        }

        @Override
        public StackOptions options() {
            return options;
        }
    }

    private static void createDirectories(Path... directories) {
        for (Path directory : directories) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new StackException("Cannot create " + directory + ": " + e.getMessage(), e);
            }
        }
    }

    private static void truncate(Path file) {
        try {
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new StackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new StackException("Cannot delete " + directory + ": " + e.getMessage(), e);
        }
    }
}
