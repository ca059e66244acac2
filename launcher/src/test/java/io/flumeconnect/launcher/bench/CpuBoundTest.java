package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuBoundTest {
    @Test
    void theBoundIsTheCoresOverTheCeilingsAndTheBulkLoadsMachineCpuPerRow() {
        Phase ceiling = new Phase("ceiling", new Throughput(300_000, 1, Duration.ofSeconds(1)), Optional.empty(),
                Duration.ofMillis(1_500));
        Phase copy = new Phase("COPY FROM STDIN", new Throughput(400_000, 1, Duration.ofSeconds(1)), Optional.empty(),
                Duration.ofMillis(1_000));
        CpuBound bound = new CpuBound(2, ceiling, copy);

        assertThat(bound.microsPerRow()).isEqualTo(7.5);
        assertThat(bound.rowsPerSecond()).isCloseTo(266_666.7, offset(0.1));
        assertThat(bound.againstCeiling()).isCloseTo(0.889, offset(0.001));
        assertThat(bound).hasToString("on 2 cores a sink needs at least 5.0 (the ceiling's) + 2.5 (COPY FROM STDIN's) = "
                + "7.5 µs machine CPU/row: at most 266,667 rows/s, 0.89 x the ceiling (300,000 rows/s)");
    }
}
