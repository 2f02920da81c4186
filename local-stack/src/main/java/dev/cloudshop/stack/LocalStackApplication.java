package dev.cloudshop.stack;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar local-stack/target/local-stack.jar [--clean] [--no-build]}: starts the
 * whole system, prints where to find it and runs until Ctrl-C or SIGTERM, which stop it.
 */
public final class LocalStackApplication {

    private static final String USAGE = """
            Usage: ./cloudshop.sh [--clean] [--no-build]
                   java -jar local-stack/target/local-stack.jar [--clean]

              --clean      delete the data (databases, Kafka topics) in .cloudshop/data before starting
              --no-build   skip the Maven build (read by ./cloudshop.sh; the launcher ignores it)
              --help       show this text

            Starts PostgreSQL, Kafka, Zipkin and every Cloudshop service; Ctrl-C stops them all.
            Logs: .cloudshop/logs/<process>.log""";

    private LocalStackApplication() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean clean = false;
        for (String arg : args) {
            switch (arg) {
                case "--clean" -> clean = true;
                case "--no-build" -> {
                    // the run script builds unless told not to; the launcher never builds
                }
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> {
                    System.err.println("Unknown option: " + arg + "\n\n" + USAGE);
                    System.exit(2);
                }
            }
        }

        LocalStack stack;
        try {
            stack = new LocalStack(StackOptions.defaults().withClean(clean));
        } catch (StackException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        try {
            stack.start();
        } catch (StackException e) {
            System.err.println();
            System.err.println(e.getMessage());
            System.exit(1);
        }
        printEndpoints(stack.endpoints(), System.out);
        new CountDownLatch(1).await();
    }

    static void printEndpoints(List<LocalStack.Endpoint> endpoints, PrintStream out) {
        int nameWidth = endpoints.stream().mapToInt(endpoint -> endpoint.name().length()).max().orElse(0);
        int addressWidth = endpoints.stream().mapToInt(endpoint -> endpoint.address().length()).max().orElse(0);
        StringBuilder table = new StringBuilder("\nCloudshop is running. Ctrl-C stops everything.\n\n");
        for (LocalStack.Endpoint endpoint : endpoints) {
            table.append(String.format("  %-" + nameWidth + "s  %-" + addressWidth + "s  %s%n",
                    endpoint.name(), endpoint.address(), endpoint.description()).stripTrailing()).append('\n');
        }
        out.print(table);
        out.flush();
    }
}
