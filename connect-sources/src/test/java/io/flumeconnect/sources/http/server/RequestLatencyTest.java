package io.flumeconnect.sources.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.flumeconnect.common.metrics.PluginCounters;
import io.flumeconnect.testkit.StubSourceTaskContext;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** Latencies as exported over JMX: a count, a sum and cumulative buckets. */
class RequestLatencyTest {

    @Test
    void eachAnsweredRequestCountsInEveryBucketItFitsAndInTheSum() throws Exception {
        String connector = "latency-test";
        try (PluginCounters counters = PluginCounters.of(new StubSourceTaskContext(Map.of()),
                Map.of("connector", connector, "task", "0"))) {
            RequestLatency latency = new RequestLatency(counters);
            latency.record(TimeUnit.MILLISECONDS.toNanos(3));
            latency.record(TimeUnit.MILLISECONDS.toNanos(70));
            latency.record(TimeUnit.MILLISECONDS.toNanos(400));
            latency.record(TimeUnit.SECONDS.toNanos(31));

            assertThat(exported(connector, "http-requests-answered")).isEqualTo(4);
            assertThat(exported(connector, "http-latency-ms")).isEqualTo(3 + 70 + 400 + 31_000);
            assertThat(exported(connector, "http-latency-le-5ms")).isEqualTo(1);
            assertThat(exported(connector, "http-latency-le-50ms")).isEqualTo(1);
            assertThat(exported(connector, "http-latency-le-100ms")).isEqualTo(2);
            assertThat(exported(connector, "http-latency-le-250ms")).isEqualTo(2);
            assertThat(exported(connector, "http-latency-le-500ms")).isEqualTo(3);
            assertThat(exported(connector, "http-latency-le-30000ms")).as("31 s is over the last bound").isEqualTo(3);
        }
    }

    @Test
    void aLatencyOnABoundCountsInThatBucket() throws Exception {
        String connector = "latency-bound-test";
        try (PluginCounters counters = PluginCounters.of(new StubSourceTaskContext(Map.of()),
                Map.of("connector", connector, "task", "0"))) {
            new RequestLatency(counters).record(TimeUnit.MILLISECONDS.toNanos(100));

            assertThat(exported(connector, "http-latency-le-50ms")).isZero();
            assertThat(exported(connector, "http-latency-le-100ms")).isEqualTo(1);
        }
    }

    private static long exported(String connector, String counter) throws Exception {
        ObjectName bean = new ObjectName("flume.connect:type=plugins,connector=" + connector + ",task=0");
        return ((Number) ManagementFactory.getPlatformMBeanServer().getAttribute(bean, counter + PluginCounters.TOTAL))
                .longValue();
    }
}
