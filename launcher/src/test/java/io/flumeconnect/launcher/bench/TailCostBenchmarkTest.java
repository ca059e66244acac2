package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TailCostBenchmarkTest {
    @Test
    void isListedByName() {
        assertThat(BenchCommand.find("tail-cost")).isPresent();
    }

    @Test
    void cpuPerLineIsTheWorkersCpuTimeOverTheLinesMoved() {
        TailCostBenchmark.CpuCost cost = new TailCostBenchmark.CpuCost(
                new Throughput(2_000_000, 400_000_000, Duration.ofSeconds(10)), Duration.ofSeconds(9), 300L << 20);

        assertThat(cost.microsPerLine()).isEqualTo(4.5);
        assertThat(cost.toString()).isEqualTo("4.50 µs CPU/line, 200,000 lines/s, worker RSS 300 MB");
    }
}
