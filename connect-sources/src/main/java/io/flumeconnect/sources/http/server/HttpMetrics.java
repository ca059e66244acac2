package io.flumeconnect.sources.http.server;

import io.flumeconnect.common.metrics.Counter;
import io.flumeconnect.common.metrics.PluginCounters;
import java.util.Map;
import java.util.TreeMap;

/** An HTTP task's counters, next to the listener base's: requests by status, events written, latency. */
final class HttpMetrics {
    private static final int[] STATUSES = {200, 400, 401, 403, 404, 405, 409, 411, 413, 415, 429, 500, 503};

    private final Map<Integer, Counter> requests = new TreeMap<>();
    private final Counter eventsWritten;
    private final Counter bodyBytes;
    private final RequestLatency latency;

    HttpMetrics(PluginCounters counters) {
        for (int status : STATUSES) {
            requests.put(status, counters.counter("http-requests-" + status, "HTTP requests answered " + status));
        }
        eventsWritten = counters.counter("http-events-written", "Events of requests answered 200: in Kafka");
        bodyBytes = counters.counter("http-body-bytes", "Request body bytes received, as sent (before gunzip)");
        latency = new RequestLatency(counters);
    }

    void answered(int status, long startNanos) {
        Counter counter = requests.get(status);
        if (counter != null) {
            counter.increment();
        }
        latency.record(System.nanoTime() - startNanos);
    }

    void written(int events) {
        eventsWritten.add(events);
    }

    void body(long bytes) {
        bodyBytes.add(bytes);
    }
}
