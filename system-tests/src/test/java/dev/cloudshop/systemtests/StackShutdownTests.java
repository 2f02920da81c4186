package dev.cloudshop.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudshop.stack.LocalStack;
import dev.cloudshop.stack.Ports;
import dev.cloudshop.stack.ServiceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Runs last: stopping the stack leaves nothing behind. */
@SystemTest
@Order(Integer.MAX_VALUE)
class StackShutdownTests {

    @Test
    void stopsEveryProcessWithEverythingItStartedAndFreesEveryPort(LocalStack stack) {
        List<String> components = new ArrayList<>(List.of("postgres", "kafka", "zipkin"));
        stack.options().services().stream().map(ServiceDefinition::name).forEach(components::add);
        assertThat(stack.processes()).containsOnlyKeys(components);
        List<ProcessHandle> processes = stack.processes().values().stream()
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .toList();
        assertThat(processes).as("PostgreSQL's server processes are among the descendants")
                .hasSizeGreaterThan(components.size())
                .allMatch(ProcessHandle::isAlive);

        stack.stop();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(stack.ports().keySet()).allMatch(Ports::isFree);
        assertThat(stack.options().stateDirectory().resolve("stack.pid")).doesNotExist();
    }
}
