package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhaseTest {
    private static final Phase.Mark START = new Phase.Mark(1_000_000_000L, Duration.ofSeconds(5), Duration.ofSeconds(100));
    private static final Phase.Mark END = new Phase.Mark(3_000_000_000L, Duration.ofSeconds(7), Duration.ofSeconds(104));

    @Test
    void aPhaseBetweenTwoMarksCountsTheWallTimeAndBothCpuTimesBetweenThem() {
        Phase phase = START.until(END, "sink", 200_000, 30_000_000);

        assertThat(phase.throughput()).isEqualTo(new Throughput(200_000, 30_000_000, Duration.ofSeconds(2)));
        assertThat(phase.rowsPerSecond()).isEqualTo(100_000);
        assertThat(phase.workerMicrosPerRow()).contains(10.0);
        assertThat(phase.machineMicrosPerRow()).isEqualTo(20.0);
        assertThat(phase).hasToString("sink: 100,000 rows/s, worker 10.0 µs CPU/row, machine 20.0 µs CPU/row");
    }

    @Test
    void theTaskThreadsBusyShareIsItsCpuTimeOverTheWallTime() {
        Phase phase = new Phase("sink", new Throughput(100, 1, Duration.ofSeconds(2)), Optional.of(Duration.ofSeconds(3)),
                Duration.ofSeconds(4), Optional.of(Duration.ofMillis(1500)));

        assertThat(phase.taskThreadBusy()).contains(0.75);
        assertThat(phase).hasToString("sink: 50 rows/s, worker 30000.0 µs CPU/row, machine 40000.0 µs CPU/row, "
                + "task thread busy 75%");
    }

    @Test
    void aMachineOnlyPhaseHasNoWorkerCpu() {
        Phase phase = START.machineOnlyUntil(END, "COPY FROM STDIN", 400_000, 30_000_000);

        assertThat(phase.workerCpu()).isEmpty();
        assertThat(phase.workerMicrosPerRow()).isEmpty();
        assertThat(phase).hasToString("COPY FROM STDIN: 200,000 rows/s, worker - CPU/row, machine 10.0 µs CPU/row");
    }

    @Test
    void theFasterCeilingIsKeptWithItsCpu() {
        Phase slow = START.until(END, "before", 100_000, 1);
        Phase fast = START.until(END, "after", 300_000, 1);

        assertThat(SinkCeiling.faster(slow, fast)).isSameAs(fast);
        assertThat(SinkCeiling.faster(fast, slow)).isSameAs(fast);
    }
}
