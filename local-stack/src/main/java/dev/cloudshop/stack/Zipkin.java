package dev.cloudshop.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Zipkin with in-memory storage: traces of the current run only. */
final class Zipkin extends JavaProcessComponent {

    static final String NAME = "zipkin";
    static final int PORT = 9411;
    static final String URL = "http://localhost:" + PORT;

    /** Bounds the in-memory store so that it fits its heap. */
    private static final String MAX_SPANS = "20000";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(PORT, "Zipkin");
    }

    @Override
    public Set<String> dependencies() {
        return Set.of();
    }

    static Path jar(StackOptions options) {
        return options.payloadDirectory().resolve("zipkin.jar");
    }

    @Override
    List<String> arguments(Supervisor supervisor) {
        return List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar(supervisor.options()).toString());
    }

    @Override
    Map<String, String> environment(Supervisor supervisor) {
        return Map.of("STORAGE_TYPE", "mem", "MEM_MAX_SPANS", MAX_SPANS, "QUERY_PORT", Integer.toString(PORT));
    }

    @Override
    boolean ready() throws Exception {
        return Readiness.http(URL + "/health", "UP");
    }
}
