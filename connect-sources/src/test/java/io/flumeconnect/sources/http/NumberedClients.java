package io.flumeconnect.sources.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Clients POSTing numbered events ({@code c<client>-r<request>-e<event>}, a text line each) one request after
 * another, each remembering what every request got. Bounded: each stops after {@code maxRequests} or when told.
 */
final class NumberedClients implements AutoCloseable {
    /** One request: its events, when it was sent and answered (System.nanoTime), and its status (0: no answer). */
    record Sent(List<String> events, long sentNanos, long answeredNanos, int status) {
    }

    private final URI uri;
    private final int eventsPerRequest;
    private final int maxRequests;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ExecutorService threads;
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private volatile boolean stopping;

    NumberedClients(URI uri, int clients, int eventsPerRequest, int maxRequests) {
        this.uri = uri;
        this.eventsPerRequest = eventsPerRequest;
        this.maxRequests = maxRequests;
        this.threads = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int clientNumber = c;
            threads.submit(() -> run(clientNumber));
        }
    }

    private void run(int clientNumber) {
        for (int r = 0; r < maxRequests && !stopping; r++) {
            int requestNumber = r;
            List<String> events = IntStream.range(0, eventsPerRequest)
                    .mapToObj(e -> "c" + clientNumber + "-r" + requestNumber + "-e" + e).toList();
            long sentNanos = System.nanoTime();
            int status;
            try {
                status = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", events))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                status = 0;
            }
            sent.add(new Sent(events, sentNanos, System.nanoTime(), status));
            if (status == 0) {
                backOff();
            }
        }
    }

    /** A client's pause after a request got no answer (the port is closed while the task restarts). */
    private static void backOff() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Sent> sent() {
        return new ArrayList<>(sent);
    }

    long answered(int status) {
        return sent.stream().filter(request -> request.status() == status).count();
    }

    /** Every event of the requests answered 200. */
    List<String> acknowledgedEvents() {
        return sent.stream().filter(request -> request.status() == 200)
                .flatMap(request -> request.events().stream()).collect(Collectors.toList());
    }

    /** Tells the clients to stop after their current request and waits for them. */
    void finish() throws InterruptedException {
        stopping = true;
        awaitAll();
    }

    /** Waits for every client to send all its requests. */
    void awaitAll() throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(120, TimeUnit.SECONDS)) {
            throw new AssertionError("clients did not finish");
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }
}
