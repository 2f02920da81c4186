package dev.cloudshop.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks that the stack's ports are free before anything starts. */
public final class Ports {

    private Ports() {
    }

    /** Whether a server could listen on {@code port}, on every interface and on the loopback one. */
    public static boolean isFree(int port) {
        return canBind(new InetSocketAddress(port)) && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails naming each busy port and what needed it. */
    static void requireFree(Map<Integer, String> portsAndUsers) {
        String busy = portsAndUsers.entrySet().stream()
                .filter(entry -> !isFree(entry.getKey()))
                .map(entry -> "  port " + entry.getKey() + " is already in use; " + entry.getValue() + " needs it")
                .collect(Collectors.joining("\n"));
        if (!busy.isEmpty()) {
            throw new StackException("Cannot start Cloudshop: ports are taken.\n" + busy
                    + "\nStop whatever listens there (see `ss -ltnp` or `lsof -i :<port>`) and start again.");
        }
    }
}
