package dev.cloudshop.stack;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One thing the stack runs: a piece of infrastructure or a service. */
interface Component {

    String name();

    /** The ports it listens on, each with what it is for (named in the "port in use" message). */
    Map<Integer, String> ports();

    /** Names of the components that must be ready before this one starts. */
    Set<String> dependencies();

    /** Starts it and returns once it is ready; gives up early when the stack is stopping. */
    void start(Supervisor supervisor) throws Exception;

    /**
     * Stops it gracefully, then forcibly; does nothing if it never started. Returns false if it
     * had to be killed.
     */
    boolean stop();

    /** Its main process while it runs. */
    Optional<ProcessHandle> process();

    /** What the stack offers from the moment a component starts until it is stopped. */
    interface Supervisor {

        /**
         * Records a started process (in the pid file, for the next start after a crash).
         * Throws {@link StackStoppedException} after stopping the process if the stack is stopping.
         */
        void started(String name, ProcessHandle process);

        boolean stopping();

        Progress progress();

        Secrets secrets();

        StackOptions options();
    }

    /** Thrown by a component whose start was cut short because the stack is stopping. */
    final class StackStoppedException extends RuntimeException {
        StackStoppedException(String name) {
            super(name + ": start abandoned, the stack is stopping");
        }
    }
}
