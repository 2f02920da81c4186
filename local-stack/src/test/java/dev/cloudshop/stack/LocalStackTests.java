package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link LocalStack#kill} and {@link LocalStack#startAgain} refuse (the system tests use them on a whole stack). */
class LocalStackTests {

    @TempDir
    Path directory;

    private LocalStack notStarted() {
        return new LocalStack(StackOptions.defaults().withStateDirectory(directory),
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void refusesToKillOrStartAComponentItDoesNotHave() {
        LocalStack stack = notStarted();

        assertThatThrownBy(() -> stack.kill("basket-service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown component 'basket-service'; known: [postgres, kafka, zipkin, discovery-service");
        assertThatThrownBy(() -> stack.startAgain("basket-service")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToKillOrStartPostgresAlone() {
        LocalStack stack = notStarted();

        assertThatThrownBy(() -> stack.kill("postgres"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgres cannot be killed and started again; only the services, kafka and zipkin can");
        assertThatThrownBy(() -> stack.startAgain("postgres")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToKillOrStartAServiceOfAStackThatIsNotRunning() {
        LocalStack stack = notStarted();

        assertThatThrownBy(() -> stack.kill("product-service"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The stack is not running");
        assertThatThrownBy(() -> stack.startAgain("product-service"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The stack is not running");
    }
}
