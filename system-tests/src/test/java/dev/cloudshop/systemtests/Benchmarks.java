package dev.cloudshop.systemtests;

import dev.cloudshop.stack.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmarks share: latency distributions, metric readings and the report. */
final class Benchmarks {

    private Benchmarks() {
    }

    /** Latencies in nanoseconds, summarised in milliseconds. */
    static final class Distribution {

        private long[] values = new long[1024];

        private int count;

        synchronized void add(long nanos) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = nanos;
        }

        synchronized int count() {
            return count;
        }

        /** count, min, p50, p95, p99, max and mean, in milliseconds. */
        synchronized Map<String, Object> summary() {
            long[] sorted = Arrays.copyOf(values, count);
            Arrays.sort(sorted);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("count", count);
            if (count == 0) {
                return summary;
            }
            summary.put("min", millis(sorted[0]));
            summary.put("p50", millis(percentile(sorted, 50)));
            summary.put("p95", millis(percentile(sorted, 95)));
            summary.put("p99", millis(percentile(sorted, 99)));
            summary.put("max", millis(sorted[count - 1]));
            summary.put("mean", millis((long) Arrays.stream(sorted).average().orElse(0)));
            return summary;
        }

        /** Nearest-rank percentile. */
        private static long percentile(long[] sorted, int percentile) {
            int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double millis(long nanos) {
            return Math.round(nanos / 10_000.0) / 100.0;
        }
    }

    /** A Micrometer timer as Prometheus shows it: how many and how long in all. */
    record TimerReading(double count, double sumSeconds) {

        /** Mean in milliseconds of what was timed between the two readings, or null if nothing was. */
        Double meanMillisSince(TimerReading before) {
            double timed = count - before.count;
            return timed > 0 ? Math.round((sumSeconds - before.sumSeconds) / timed * 100_000) / 100.0 : null;
        }
    }

    /** Sums a timer's series over all tags, read from the service's own /actuator/prometheus. */
    static TimerReading timer(String service, String name) {
        String metrics = Http.get(Services.named(service).url() + "/actuator/prometheus",
                "Accept", "text/plain").body();
        return new TimerReading(sum(metrics, name + "_count"), sum(metrics, name + "_sum"));
    }

    private static double sum(String metrics, String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "(\\{[^}]*})?\\s+(\\S+)").matcher(metrics);
        double sum = 0;
        while (line.find()) {
            sum += Double.parseDouble(line.group(2));
        }
        return sum;
    }

    /** Prints the results and writes them, with the machine they ran on, as JSON. */
    static void report(Path file, Map<String, Object> results) {
        Map<String, Object> report = new LinkedHashMap<>(results);
        report.put("machine", Map.of(
                "processors", Runtime.getRuntime().availableProcessors(),
                "os", System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "java", System.getProperty("java.version"),
                "heapOfThisJvmMb", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                "systemLoadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        report.put("finishedAt", Instant.now().toString());
        String json = Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        System.out.println();
        System.out.println("==== " + results.get("benchmark") + " ====");
        System.out.println(json);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Written to " + file.toAbsolutePath());
    }
}
