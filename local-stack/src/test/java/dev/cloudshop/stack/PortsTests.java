package dev.cloudshop.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTests {

    @Test
    void namesTheBusyPortAndWhatNeedsIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Ports.requireFree(Map.of(port, "gateway-service")))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("port " + port + " is already in use; gateway-service needs it");
        }
    }

    @Test
    void seesAPortTakenOnTheLoopbackInterfaceOnly() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThat(Ports.isFree(taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void acceptsFreePorts() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }

        assertThatCode(() -> Ports.requireFree(Map.of(port, "kafka"))).doesNotThrowAnyException();
    }
}
