package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ClosedLoopLoadTest {

    @Test
    void percentilesAndThroughputComeFromTheAcceptedRequestsOfTheWindow() {
        long[] latencies = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000L).toArray();
        ClosedLoopLoad.Result result = new ClosedLoopLoad.Result(3, latencies, Duration.ofSeconds(10), 120);

        assertThat(result.percentileMs(50)).isEqualTo(51.0);
        assertThat(result.percentileMs(99)).isEqualTo(100.0);
        assertThat(result.perSecond()).isEqualTo(10.0);
        Throughput throughput = result.throughput(100, 200);
        assertThat(throughput.records()).isEqualTo(100 * 100);
        assertThat(throughput.bytes()).isEqualTo(100 * 100 * 200);
        assertThat(throughput.recordsPerSecond()).isEqualTo(1000.0);
    }

    @Test
    void refusedRequestsAreCountedAndHaveNoLatency() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        ClosedLoopLoad.Result result = ClosedLoopLoad.run(2, () -> {
            opened.incrementAndGet();
            return () -> false;
        }, Duration.ZERO, Duration.ofMillis(200));

        assertThat(opened).hasValue(2);
        assertThat(result.accepted()).isZero();
        assertThat(result.acceptedOverall()).isZero();
        assertThat(result.refused()).isPositive();
        assertThat(result.percentileMs(50)).isNaN();
    }

    @Test
    void everyAcceptedRequestCountsOverallAndThoseOfTheWindowHaveLatencies() throws Exception {
        ClosedLoopLoad.Result result = ClosedLoopLoad.run(1, () -> () -> {
            Thread.sleep(1);
            return true;
        }, Duration.ofMillis(100), Duration.ofMillis(100));

        assertThat(result.accepted()).isPositive();
        assertThat(result.acceptedOverall()).isGreaterThan(result.accepted());
        assertThat(result.refused()).isZero();
    }
}
