package dev.cloudshop.stack;

import java.util.concurrent.CountDownLatch;

/**
 * A stand-in for a service in {@link JavaProcessComponentTests}: it starts a child process and
 * then waits for ever, and it will not stop when asked (its shutdown hook never returns), so
 * only a kill ends it.
 */
public final class SleepingProcess {

    private SleepingProcess() {
    }

    public static void main(String[] args) throws Exception {
        new ProcessBuilder("sleep", "600").start();
        CountDownLatch never = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitQuietly(never)));
        never.await();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
