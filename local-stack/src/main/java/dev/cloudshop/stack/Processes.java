package dev.cloudshop.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Starting processes of the stack and stopping them together with everything they started. */
final class Processes {

    /**
     * Where available, each process runs in a session of its own, so that Ctrl-C in the terminal
     * reaches only the launcher, which then stops the processes in order.
     */
    private static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();

    private static final Duration FORCED_STOP_WAIT = Duration.ofSeconds(10);

    private Processes() {
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Starts a process in {@code workingDirectory}, appending its output (both streams) to {@code logFile}. */
    static Process start(List<String> command, Map<String, String> environment, Path workingDirectory, Path logFile) {
        List<String> fullCommand = new ArrayList<>();
        SETSID.ifPresent(setsid -> fullCommand.add(setsid.toString()));
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new StackException("Cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Asks the process to stop (SIGTERM), waits up to {@code grace}, then kills it; afterwards
     * kills whatever it had started that is still alive. Returns whether it stopped gracefully.
     */
    static boolean stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> descendants = root.descendants().toList();
        boolean graceful = true;
        if (root.isAlive()) {
            root.destroy();
            if (!awaitExit(root, grace)) {
                graceful = false;
                root.destroyForcibly();
                awaitExit(root, FORCED_STOP_WAIT);
            }
        }
        for (ProcessHandle descendant : descendants) {
            if (descendant.isAlive()) {
                descendant.destroyForcibly();
                awaitExit(descendant, FORCED_STOP_WAIT);
            }
        }
        return graceful;
    }

    /**
     * Kills the process and everything it started with SIGKILL, without asking first, and waits
     * until they are gone. Returns whether they all are.
     */
    static boolean killTree(ProcessHandle root) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        boolean gone = true;
        for (ProcessHandle process : tree) {
            gone &= awaitExit(process, FORCED_STOP_WAIT);
        }
        return gone;
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** The last lines of a log file, to show why a process failed. */
    static List<String> tail(Path logFile, int lines) {
        try (Stream<String> all = Files.lines(logFile)) {
            List<String> content = all.toList();
            return content.subList(Math.max(0, content.size() - lines), content.size());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
