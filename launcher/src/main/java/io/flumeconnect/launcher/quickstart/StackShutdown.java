package io.flumeconnect.launcher.quickstart;

import io.flumeconnect.launcher.process.LocalStack;
import java.io.PrintStream;

/**
 * Stops the worker, then the broker, once: on a normal exit or on Ctrl-C (a JVM shutdown hook). A second
 * caller waits for the first to finish, so the JVM never halts half-way through a clean stop.
 */
final class StackShutdown implements Runnable {
    private final LocalStack stack;
    private final PrintStream out;
    private boolean done;

    private StackShutdown(LocalStack stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    static StackShutdown install(LocalStack stack, PrintStream out) {
        StackShutdown shutdown = new StackShutdown(stack, out);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "quickstart-shutdown"));
        return shutdown;
    }

    @Override
    public synchronized void run() {
        if (!done) {
            done = true;
            out.println("Stopping the Connect worker and the Kafka broker...");
            try {
                stack.close();
                out.println("Stopped.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
