package dev.cloudshop.stack;

import java.io.PrintStream;

/** Progress lines on the console, each with the seconds since the launcher began. */
public final class Progress {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void line(String component, String message) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        synchronized (out) {
            out.printf("[%6.1fs] %-18s %s%n", seconds, component, message);
            out.flush();
        }
    }

    public void text(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
