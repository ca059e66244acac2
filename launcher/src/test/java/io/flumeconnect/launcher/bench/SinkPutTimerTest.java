package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class SinkPutTimerTest {
    private static final Duration LONG = Duration.ofMinutes(1);

    /** Marks one second apart in wall time, worker CPU and machine CPU, in the order they are taken. */
    private final Queue<Phase.Mark> marks = new ArrayDeque<>(List.of(
            new Phase.Mark(0, Duration.ZERO, Duration.ZERO),
            new Phase.Mark(1_000_000_000L, Duration.ofMillis(700), Duration.ofMillis(1_400))));

    @Test
    void timesFromTheFirstReadingPastATenthToTheFirstAtAllAndCountsOnlyTheRecordsBetween() throws Exception {
        Queue<Long> readings = new ArrayDeque<>(List.of(0L, 500L, 3_000L, 6_000L, 9_000L, 10_000L));

        Phase phase = SinkPutTimer.time(readings::remove, () -> true, marks::remove, () -> "sink", LONG, "sink", 10_000, 1_000_000);

        assertThat(readings).isEmpty();
        assertThat(phase.throughput()).isEqualTo(new Throughput(7_000, 700_000, Duration.ofSeconds(1)));
        assertThat(phase.workerMicrosPerRow()).contains(100.0);
        assertThat(phase.machineMicrosPerRow()).isEqualTo(200.0);
    }

    @Test
    void theClockStopsOnlyOnceEveryRowIsWrittenAfterPutFinished() throws Exception {
        Queue<Long> readings = new ArrayDeque<>(List.of(1_000L, 10_000L));
        Queue<Boolean> written = new ArrayDeque<>(List.of(false, false, true));

        SinkPutTimer.time(readings::remove, written::remove, marks::remove, () -> "sink", LONG, "sink", 10_000, 1);

        assertThat(written).isEmpty();
        assertThat(marks).isEmpty();
    }

    @Test
    void aConnectorHandedEveryRecordBeforeATenthWasSeenIsRefused() {
        Queue<Long> readings = new ArrayDeque<>(List.of(0L, 10_000L));

        assertThatThrownBy(() -> SinkPutTimer.time(readings::remove, () -> true, marks::remove, () -> "sink", LONG, "tiny", 10_000, 1))
                .isInstanceOf(IOException.class).hasMessageContaining("too few records to time");
    }

    @Test
    void aConnectorThatStallsFailsNamingItAfterTheTimeout() {
        assertThatThrownBy(() -> SinkPutTimer.time(() -> 4_000L, () -> true, marks::remove, () -> "bench-x; its status: FAILED",
                Duration.ofMillis(100), "stalled", 10_000, 1))
                .isInstanceOf(IOException.class)
                .hasMessage("after PT0.1S put has finished for 4000 of 10000 records: bench-x; its status: FAILED");
    }
}
