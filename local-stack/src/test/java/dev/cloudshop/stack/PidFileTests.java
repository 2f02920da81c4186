package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTests {

    @TempDir
    Path directory;

    private final List<Process> started = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(console, true));

    @AfterEach
    void killStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void stopsTheProcessesACrashedRunLeftBehind() throws IOException {
        Process leftover = sleeper();
        Path file = directory.resolve("stack.pid");
        Files.writeString(file, entry(PidFile.LAUNCHER, deadProcess()) + entry("kafka", leftover.toHandle()));

        new PidFile(file).stopLeftovers(List.of("kafka"), progress);

        assertThat(Processes.awaitExit(leftover.toHandle(), Duration.ofSeconds(10))).isTrue();
        assertThat(file).doesNotExist();
        assertThat(console.toString()).contains("stopping leftover process " + leftover.pid());
    }

    @Test
    void leavesAProcessAloneThatOnlyReusedARecordedPid() throws IOException {
        Process stranger = sleeper();
        Path file = directory.resolve("stack.pid");
        long otherStart = stranger.toHandle().info().startInstant().orElseThrow().minusSeconds(60).toEpochMilli();
        Files.writeString(file, entry(PidFile.LAUNCHER, deadProcess()) + "kafka=" + stranger.pid() + " " + otherStart + "\n");

        new PidFile(file).stopLeftovers(List.of("kafka"), progress);

        assertThat(stranger.isAlive()).isTrue();
    }

    @Test
    void refusesToStartWhileAnotherLauncherRuns() throws IOException {
        Process otherLauncher = sleeper();
        Path file = directory.resolve("stack.pid");
        Files.writeString(file, entry(PidFile.LAUNCHER, otherLauncher.toHandle()));

        assertThatThrownBy(() -> new PidFile(file).stopLeftovers(List.of(), progress))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("already running (launcher pid " + otherLauncher.pid());
        assertThat(file).exists();
    }

    @Test
    void recordsTheLauncherAndEveryProcess() throws IOException {
        Process kafka = sleeper();
        Path file = directory.resolve("stack.pid");

        new PidFile(file).write(Map.of("kafka", kafka.toHandle()));

        assertThat(Files.readAllLines(file)).containsExactly(
                entry(PidFile.LAUNCHER, ProcessHandle.current()).strip(), entry("kafka", kafka.toHandle()).strip());
    }

    private Process sleeper() throws IOException {
        Process process = new ProcessBuilder("sleep", "60").start();
        started.add(process);
        return process;
    }

    private ProcessHandle deadProcess() throws IOException {
        Process process = new ProcessBuilder("true").start();
        Processes.awaitExit(process.toHandle(), Duration.ofSeconds(10));
        return process.toHandle();
    }

    private static String entry(String name, ProcessHandle process) {
        return name + "=" + process.pid() + " "
                + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L) + "\n";
    }
}
