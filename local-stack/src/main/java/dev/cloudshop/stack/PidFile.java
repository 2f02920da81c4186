package dev.cloudshop.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which processes a running stack owns: {@code name=pid startMillis} per line, the launcher
 * first. A start after a crash stops what is listed there, and only if the pid still belongs
 * to the same process (same start time), never a stranger that reused the number.
 */
final class PidFile {

    static final String LAUNCHER = "launcher";
    private static final Duration LEFTOVER_GRACE = Duration.ofSeconds(10);

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    synchronized void write(Map<String, ProcessHandle> processes) {
        StringBuilder text = new StringBuilder();
        text.append(entry(LAUNCHER, ProcessHandle.current()));
        processes.forEach((name, process) -> text.append(entry(name, process)));
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new StackException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file is harmless: the next start checks every entry before acting on it
        }
    }

    /**
     * Stops the processes a previous, crashed run left behind, one by one in {@code stopOrder}
     * (names it does not know first). Refuses if that run's launcher is still alive: then the
     * stack is running, not crashed.
     */
    void stopLeftovers(List<String> stopOrder, Progress progress) {
        if (!Files.exists(file)) {
            return;
        }
        List<Owned> owned = read();
        owned.stream()
                .filter(entry -> entry.name().equals(LAUNCHER))
                .flatMap(entry -> entry.live().stream())
                .filter(launcher -> launcher.pid() != ProcessHandle.current().pid())
                .findFirst()
                .ifPresent(launcher -> {
                    throw new StackException("Cloudshop is already running (launcher pid " + launcher.pid()
                            + ", recorded in " + file + "). Stop it first: Ctrl-C in its terminal, or kill "
                            + launcher.pid() + ".");
                });
        List<Owned> leftovers = owned.stream()
                .filter(entry -> !entry.name().equals(LAUNCHER))
                .sorted(Comparator.comparingInt(entry -> stopOrder.indexOf(entry.name())))
                .toList();
        for (Owned leftover : leftovers) {
            leftover.live().ifPresent(process -> {
                progress.line(leftover.name(), "stopping leftover process " + process.pid() + " of a previous run");
                Processes.stopTree(process, LEFTOVER_GRACE);
            });
        }
        delete();
    }

    private List<Owned> read() {
        try {
            return Files.readAllLines(file).stream()
                    .map(line -> line.split("[= ]"))
                    .filter(parts -> parts.length == 3)
                    .map(parts -> new Owned(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])))
                    .toList();
        } catch (IOException | NumberFormatException e) {
            throw new StackException("Cannot read " + file + " (" + e.getMessage() + "); if no Cloudshop process "
                    + "is running, delete it.", e);
        }
    }

    private static String entry(String name, ProcessHandle process) {
        return name + "=" + process.pid() + " " + startMillis(process) + "\n";
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private record Owned(String name, long pid, long startMillis) {

        /** The process, if it is alive and is the very one recorded. */
        Optional<ProcessHandle> live() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> Math.abs(PidFile.startMillis(process) - startMillis) < 1000);
        }
    }
}
