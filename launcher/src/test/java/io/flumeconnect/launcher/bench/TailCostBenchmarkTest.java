package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TailCostBenchmarkTest {
    @Test
    void isListedByName() {
        assertThat(BenchCommand.find("tail-cost")).isPresent();
    }

    @Test
    void cpuPerLineIsTheWorkersCpuTimeOverTheLinesMoved() {
        Map<String, Duration> byRole = new LinkedHashMap<>();
        byRole.put("task", Duration.ofSeconds(6));
        byRole.put("gc", Duration.ofSeconds(1));
        TailCostBenchmark.CpuCost cost = new TailCostBenchmark.CpuCost(
                new Throughput(2_000_000, 400_000_000, Duration.ofSeconds(10)), Duration.ofSeconds(9),
                byRole, 300L << 20);

        assertThat(cost.microsPerLine()).isEqualTo(4.5);
        assertThat(cost.toString()).isEqualTo("4.50 µs CPU/line (task 3.00, gc 0.50), 200,000 lines/s, worker RSS 300 MB");
    }
}
