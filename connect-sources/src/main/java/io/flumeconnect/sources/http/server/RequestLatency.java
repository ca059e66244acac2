package io.flumeconnect.sources.http.server;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;

/**
 * The latency of answered requests as cumulative counters, the shape of a Prometheus histogram: how many requests
 * were answered, their summed milliseconds (the mean), and per bound how many took at most that long (p50, p99 and
 * the share within a target, over any window a monitoring system takes rates of). Counters only, as every other
 * plugin metric, so nothing is lost between two scrapes and nothing is reset.
 */
final class RequestLatency {
    static final long[] BOUNDS_MS = {5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000};

    private final Counter answered;
    private final Counter totalMs;
    private final Counter[] atMost = new Counter[BOUNDS_MS.length];

    RequestLatency(PluginCounters counters) {
        answered = counters.counter("http-requests-answered", "HTTP requests answered, whatever the status");
        totalMs = counters.counter("http-latency-ms", "Milliseconds from a request's first byte to its answer, "
                + "summed over answered requests (divide by http-requests-answered for the mean)");
        for (int i = 0; i < BOUNDS_MS.length; i++) {
            atMost[i] = counters.counter("http-latency-le-" + BOUNDS_MS[i] + "ms",
                    "HTTP requests answered within " + BOUNDS_MS[i] + " ms of their first byte");
        }
    }

    void record(long nanos) {
        long ms = nanos / 1_000_000L;
        answered.increment();
        totalMs.add(ms);
        for (int i = BOUNDS_MS.length - 1; i >= 0 && ms <= BOUNDS_MS[i]; i--) {
            atMost[i].increment();
        }
    }
}
