package io.flumeconnect.sources.listener;

import io.netty.channel.Channel;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * One connection's answers, written in the order the units arrived whatever order Kafka acknowledges them in
 * (netcat's per-line {@code OK}, pipelined HTTP). Use it from the channel's event loop only.
 */
public final class OrderedReplies {
    private final Channel channel;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

    private record Waiting(CompletableFuture<Void> done, Function<Throwable, Object> reply) {
    }

    public OrderedReplies(Channel channel) {
        this.channel = channel;
    }

    /**
     * Answers a unit once it and every unit before it are done: {@code reply} gets {@code null} when it was
     * acknowledged, else the failure, and returns the message to write ({@code null} writes nothing).
     */
    public void add(CompletableFuture<Void> done, Function<Throwable, Object> reply) {
        waiting.add(new Waiting(done, reply));
        done.whenComplete((ok, failure) -> channel.eventLoop().execute(this::writeReady));
    }

    /** Units added and not answered yet. */
    public int size() {
        return waiting.size();
    }

    private void writeReady() {
        boolean wrote = false;
        while (!waiting.isEmpty() && waiting.peek().done().isDone()) {
            Waiting head = waiting.poll();
            Object message = head.reply().apply(failure(head.done()));
            if (message != null && channel.isActive()) {
                channel.write(message, channel.voidPromise());
                wrote = true;
            }
        }
        if (wrote) {
            channel.flush();
        }
    }

    private static Throwable failure(CompletableFuture<Void> done) {
        try {
            done.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
    }
}
