package io.flumeconnect.launcher.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

/**
 * Clients that each send one request at a time and wait for its answer before the next (as a Flume sink or an
 * HTTP client that needs its acknowledgement does), for a settling time and then a measured window. Only requests
 * answered within the window count, so the rate is that of the steady state, whatever the clients' start and end.
 */
final class ClosedLoopLoad {

    /** One client: one connection, one request at a time. */
    interface Sender extends AutoCloseable {
        /** Sends one request and waits for its answer: {@code true} when it was accepted. */
        boolean send() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /**
     * Requests refused within the window, the latencies of those accepted in it, the window's length, and the
     * requests accepted from the start to the end (settling and the last answers after the window included).
     */
    record Result(long refused, long[] latencies, Duration window, long acceptedOverall) {
        long accepted() {
            return latencies.length;
        }

        double perSecond() {
            return accepted() / (window.toNanos() / 1e9);
        }

        /** The latency below which {@code percentile} % of the accepted requests were answered. */
        double percentileMs(int percentile) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
        }

        /** As a throughput of {@code perRequest} records of {@code recordBytes} bytes per accepted request. */
        Throughput throughput(int perRequest, long recordBytes) {
            return new Throughput(accepted() * perRequest, accepted() * perRequest * recordBytes, window);
        }
    }

    private ClosedLoopLoad() {
    }

    /** Runs {@code clients} senders from {@code senders} for {@code settle}, then measures for {@code window}. */
    static Result run(int clients, Callable<Sender> senders, Duration settle, Duration window) throws Exception {
        long windowStart = System.nanoTime() + settle.toNanos();
        long end = windowStart + window.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Result>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(threads.submit(() -> oneClient(senders, windowStart, end, window)));
            }
            long refused = 0;
            long acceptedOverall = 0;
            LongStream.Builder latencies = LongStream.builder();
            for (Future<Result> client : running) {
                Result result = client.get();
                refused += result.refused();
                acceptedOverall += result.acceptedOverall();
                Arrays.stream(result.latencies()).forEach(latencies);
            }
            return new Result(refused, latencies.build().toArray(), window, acceptedOverall);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Result oneClient(Callable<Sender> senders, long windowStart, long end, Duration window)
            throws Exception {
        long refused = 0;
        long acceptedOverall = 0;
        LongStream.Builder latencies = LongStream.builder();
        try (Sender sender = senders.call()) {
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                boolean accepted = sender.send();
                long answered = System.nanoTime();
                acceptedOverall += accepted ? 1 : 0;
                if (answered >= windowStart && answered <= end) {
                    if (accepted) {
                        latencies.add(answered - now);
                    } else {
                        refused++;
                    }
                }
            }
        }
        return new Result(refused, latencies.build().toArray(), window, acceptedOverall);
    }
}
