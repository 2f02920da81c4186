package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The start schedule of the whole stack ({@link LocalStack#launch}), on the real component graph
 * of {@link Services#ALL} with a stand-in for starting a process.
 */
class LaunchTests {

    private static final List<Component> COMPONENTS = LocalStack.components(Services.ALL);

    private final ExecutorService executor = Executors.newCachedThreadPool();

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void listsEveryComponentAfterWhatItDependsOn() {
        // launch() only waits for dependencies listed before a component
        Set<String> earlier = new HashSet<>();
        for (Component component : COMPONENTS) {
            assertThat(earlier).as(component.name() + " depends on").containsAll(component.dependencies());
            earlier.add(component.name());
        }
    }

    @Test
    void startsEveryBusinessServiceAtTheSameTime() {
        List<String> business = names(ServiceDefinition.Tier.BUSINESS);
        assertThat(business).contains("product-service", "review-service", "order-service", "payment-service",
                "query-service");
        CountDownLatch allStarting = new CountDownLatch(business.size());

        launch(component -> {
            if (business.contains(component.name())) {
                allStarting.countDown();
                // Ready only once every business service is starting: one after another would never get here.
                await(allStarting);
            }
        });

        assertThat(allStarting.getCount()).isZero();
    }

    @Test
    void startsTheEdgeOnceEveryBusinessServiceIsReady() {
        launch(component -> { });

        List<String> readyBeforeEdge = events.subList(0, events.indexOf("starting gateway-service"));
        names(ServiceDefinition.Tier.BUSINESS).forEach(service ->
                assertThat(readyBeforeEdge).as("ready before the gateway starts").contains("ready " + service));
    }

    @Test
    void startsTheBusinessServicesOnceThePlatformAndTheirInfrastructureAreReady() {
        launch(component -> { });

        for (String service : names(ServiceDefinition.Tier.BUSINESS)) {
            List<String> before = events.subList(0, events.indexOf("starting " + service));
            assertThat(before).as("ready before " + service + " starts")
                    .contains("ready discovery-service", "ready config-service", "ready auth-service", "ready postgres",
                            "ready kafka", "ready zipkin");
        }
    }

    @Test
    void failsAtTheFirstFailureWithoutWaitingForTheOthers() {
        CountDownLatch never = new CountDownLatch(1);

        assertThatThrownBy(() -> LocalStack.launch(COMPONENTS, component -> {
            switch (component.name()) {
                case "review-service" -> throw new StackException("review-service exited with code 1");
                case "query-service" -> await(never);
                default -> { }
            }
        }, executor, start -> { }).get(10, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(StackException.class)
                .hasRootCauseMessage("review-service exited with code 1");
    }

    /** Runs the schedule to its end, recording when each component starts and is ready. */
    private void launch(Consumer<Component> start) {
        try {
            LocalStack.launch(COMPONENTS, component -> {
                events.add("starting " + component.name());
                start.accept(component);
                events.add("ready " + component.name());
            }, executor, scheduled -> { }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The stack did not come up: " + e, e);
        }
    }

    private static List<String> names(ServiceDefinition.Tier tier) {
        return Services.ALL.stream().filter(service -> service.tier() == tier).map(ServiceDefinition::name).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new CompletionException(new AssertionError("Not every business service is starting at once"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }
}
