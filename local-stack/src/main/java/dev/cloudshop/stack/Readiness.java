package dev.cloudshop.stack;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Waiting until a process answers, and the probes that tell. */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PROBE_TIMEOUT)
            .build();

    /** A readiness check; an exception counts as "not yet". */
    @FunctionalInterface
    interface Probe {
        boolean ready() throws Exception;
    }

    private Readiness() {
    }

    /**
     * Polls {@code probe} until it succeeds. Fails at once, with the end of the log, when the
     * process exits; gives up when the stack is stopping or after {@code timeout}.
     */
    static void await(String name, Process process, Path logFile, Duration timeout,
                      Component.Supervisor supervisor, Probe probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (supervisor.stopping()) {
                throw new Component.StackStoppedException(name);
            }
            if (!process.isAlive()) {
                throw new StackException(name + " exited with code " + process.exitValue() + " before it was ready.\n"
                        + describeLog(logFile));
            }
            if (passes(probe)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new StackException(name + " was not ready after " + timeout.toSeconds() + " s.\n"
                        + describeLog(logFile));
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
    }

    private static boolean passes(Probe probe) {
        try {
            return probe.ready();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    static String describeLog(Path logFile) {
        StringBuilder text = new StringBuilder("Last lines of ").append(logFile).append(':');
        Processes.tail(logFile, 15).forEach(line -> text.append("\n    ").append(condensed(line)));
        return text.toString();
    }

    private static final Pattern ECS_LEVEL = Pattern.compile("\"level\":\"([A-Z]+)\"");
    private static final Pattern ECS_MESSAGE = Pattern.compile("\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int MAX_LINE = 300;

    /**
     * A JSON (ECS) log line as its level, its messages and the root cause of its stack trace;
     * any other line as it is. Long parts are shortened.
     */
    static String condensed(String line) {
        if (!line.startsWith("{")) {
            return shortened(line);
        }
        List<String> parts = new ArrayList<>();
        Matcher level = ECS_LEVEL.matcher(line);
        if (level.find()) {
            parts.add(level.group(1));
        }
        Matcher message = ECS_MESSAGE.matcher(line);
        while (message.find()) {
            parts.add(shortened(unescape(message.group(1))));
        }
        int rootCause = line.lastIndexOf("Caused by: ");
        if (rootCause >= 0) {
            int end = line.indexOf("\\n", rootCause);
            parts.add(shortened(unescape(line.substring(rootCause, end < 0 ? line.length() : end))));
        }
        return parts.isEmpty() ? shortened(line) : String.join(" | ", parts);
    }

    private static String unescape(String json) {
        return json.replace("\\n", " ").replace("\\t", " ").replace("\\\"", "\"");
    }

    private static String shortened(String text) {
        return text.length() > MAX_LINE ? text.substring(0, MAX_LINE) + " ..." : text;
    }

    /** Answers 200 with {@code expectedBody} somewhere in its body. */
    static boolean http(String url, String expectedBody) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(PROBE_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains(expectedBody);
    }

    /**
     * A Kafka broker is ready when it answers an ApiVersions request (version 0): it accepts
     * connections earlier, but processes requests only once it has started completely.
     */
    static boolean kafka(int port) throws IOException {
        byte[] clientId = "cloudshop-local-stack".getBytes(StandardCharsets.UTF_8);
        int correlationId = 1;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) PROBE_TIMEOUT.toMillis());
            socket.setSoTimeout((int) PROBE_TIMEOUT.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(2 + 2 + 4 + 2 + clientId.length);
            out.writeShort(18);
            out.writeShort(0);
            out.writeInt(correlationId);
            out.writeShort(clientId.length);
            out.write(clientId);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int size = in.readInt();
            return size >= 6 && in.readInt() == correlationId && in.readShort() == 0;
        }
    }
}
