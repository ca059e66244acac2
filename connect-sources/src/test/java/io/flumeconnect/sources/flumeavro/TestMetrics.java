package io.flumeconnect.sources.flumeavro;

import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.testkit.StubSourceTaskContext;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Counters of a task that is not on a worker: in the standalone registry, each set under its own name. */
final class TestMetrics {
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private TestMetrics() {
    }

    static FlumeAvroMetrics create() {
        PluginCounters counters = PluginCounters.of(new StubSourceTaskContext(Map.of()),
                Map.of("connector", "flumeavro-test-" + INSTANCES.incrementAndGet(), "task", "0"));
        return FlumeAvroMetrics.of(counters);
    }
}
