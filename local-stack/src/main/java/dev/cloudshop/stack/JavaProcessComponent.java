package dev.cloudshop.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A component that is one JVM of its own, with its output in its log file. */
abstract class JavaProcessComponent implements Component {

    /** How long a process may take to stop after SIGTERM before it is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private volatile Process process;

    /** The JVM's arguments after {@code java}. */
    abstract List<String> arguments(Supervisor supervisor);

    abstract Map<String, String> environment(Supervisor supervisor);

    /** Whether the started process is ready to be used. */
    abstract boolean ready() throws Exception;

    /** Runs once before the JVM starts (e.g. writes its configuration). */
    void prepare(Supervisor supervisor) throws Exception {
    }

    Duration startTimeout() {
        return Duration.ofMinutes(5);
    }

    @Override
    public final void start(Supervisor supervisor) throws Exception {
        prepare(supervisor);
        List<String> command = new ArrayList<>();
        command.add(Processes.java().toString());
        command.addAll(arguments(supervisor));
        Path logFile = supervisor.options().logFile(name());
        process = Processes.start(command, environment(supervisor), supervisor.options().repositoryRoot(), logFile);
        supervisor.started(name(), process.toHandle());
        Readiness.await(name(), process, logFile, startTimeout(), supervisor, this::ready);
    }

    @Override
    public boolean stop() {
        Process running = process;
        return running == null || Processes.stopTree(running.toHandle(), STOP_GRACE);
    }

    /**
     * Kills it at once with SIGKILL, together with whatever it started, as a crash would: no
     * shutdown hooks, nothing deregistered. Returns once every one of those processes is gone;
     * {@link #start} may then run it again.
     */
    void kill() {
        Process running = process;
        if (running != null) {
            Processes.killTree(running.toHandle());
        }
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }
}
