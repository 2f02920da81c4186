package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing a component's process as a crash would, and starting it again, on a real JVM ({@link SleepingProcess}). */
class JavaProcessComponentTests {

    @TempDir
    Path directory;

    private final SleepingComponent component = new SleepingComponent();

    private RecordingSupervisor supervisor;

    @BeforeEach
    void createLogDirectory() throws Exception {
        StackOptions options = new StackOptions(directory, directory.resolve("state"), false, List.of());
        Files.createDirectories(options.logDirectory());
        supervisor = new RecordingSupervisor(options);
    }

    @AfterEach
    void killWhatRuns() {
        component.kill();
    }

    @Test
    void killsTheProcessAndWhatItStartedEvenThoughItWouldNotStopWhenAsked() throws Exception {
        component.start(supervisor);
        ProcessHandle process = component.process().orElseThrow();
        List<ProcessHandle> children = process.descendants().toList();
        assertThat(children).isNotEmpty();

        component.kill();

        assertThat(process.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void startsAgainAfterItWasKilledAsANewProcess() throws Exception {
        component.start(supervisor);
        ProcessHandle first = component.process().orElseThrow();
        component.kill();

        component.start(supervisor);

        ProcessHandle second = component.process().orElseThrow();
        assertThat(second.isAlive()).isTrue();
        assertThat(second.pid()).isNotEqualTo(first.pid());
        assertThat(supervisor.started).containsExactly(first, second);
    }

    @Test
    void doesNothingWhenKilledBeforeItStarted() {
        component.kill();

        assertThat(component.process()).isEmpty();
    }

    /** Ready once its child process runs. */
    private static final class SleepingComponent extends JavaProcessComponent {

        @Override
        public String name() {
            return "sleeping";
        }

        @Override
        public Map<Integer, String> ports() {
            return Map.of();
        }

        @Override
        public Set<String> dependencies() {
            return Set.of();
        }

        @Override
        List<String> arguments(Supervisor supervisor) {
            return List.of("-Xmx32m", "-cp", System.getProperty("java.class.path"), SleepingProcess.class.getName());
        }

        @Override
        Map<String, String> environment(Supervisor supervisor) {
            return Map.of();
        }

        @Override
        boolean ready() {
            return process().map(process -> process.descendants().findAny().isPresent()).orElse(false);
        }
    }

    private record RecordingSupervisor(StackOptions options, List<ProcessHandle> started) implements Component.Supervisor {

        RecordingSupervisor(StackOptions options) {
            this(options, new ArrayList<>());
        }

        @Override
        public void started(String name, ProcessHandle process) {
            started.add(process);
        }

        @Override
        public boolean stopping() {
            return false;
        }

        @Override
        public Progress progress() {
            return new Progress(new PrintStream(OutputStream.nullOutputStream()));
        }

        @Override
        public Secrets secrets() {
            throw new UnsupportedOperationException("not needed");
        }
    }
}
