package io.flumeconnect.launcher.crash;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP clients as a careful sender is written: each POSTs numbered events ({@link Tally#value}, a text line each)
 * and sends a request again until it is answered 200, whatever happened (503, connection refused or cut). When
 * stopped, each finishes the request it holds, so every number handed out ends up acknowledged.
 */
final class RetryingHttpClients implements AutoCloseable {
    static final String PREFIX = "http";

    private final URI uri;
    private final int eventsPerRequest;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService threads;
    private final AtomicLong numbered = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private volatile boolean stopping;

    RetryingHttpClients(URI uri, int clients, int eventsPerRequest) {
        this.uri = uri;
        this.eventsPerRequest = eventsPerRequest;
        this.threads = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            threads.submit(this::run);
        }
    }

    private void run() {
        while (!stopping) {
            List<String> events = new ArrayList<>();
            synchronized (numbered) {
                for (int e = 0; e < eventsPerRequest; e++) {
                    events.add(Tally.value(PREFIX, numbered.incrementAndGet()));
                }
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", events))).build();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!send(request)) {
                retries.incrementAndGet();
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("a request was not acknowledged within 3 minutes");
                }
                pause();
            }
            acknowledged.addAndGet(events.size());
        }
    }

    private boolean send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** A client's back-off between retries. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long acknowledged() {
        return acknowledged.get();
    }

    long retries() {
        return retries.get();
    }

    /** Stops the clients once their requests are acknowledged; returns how many events were numbered (all acked). */
    long stop() throws InterruptedException {
        stopping = true;
        threads.shutdown();
        if (!threads.awaitTermination(4, TimeUnit.MINUTES)) {
            throw new IllegalStateException("HTTP clients did not finish");
        }
        if (acknowledged.get() != numbered.get()) {
            throw new IllegalStateException(numbered.get() - acknowledged.get() + " events never acknowledged");
        }
        return numbered.get();
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }
}
