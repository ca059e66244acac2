package io.flumeconnect.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TailRoundsTest {
    /** {@code mbPerSecond} MB/s: 1,000 records of 1,000 bytes in the matching time. */
    private static Throughput mbs(double mbPerSecond) {
        return new Throughput(1_000, 1_000_000, Duration.ofNanos((long) (1e9 / mbPerSecond)));
    }

    @Test
    void theFirstRoundIsNotCountedAndTheMedianRoundIsChosenByRatio() {
        TailRounds rounds = new TailRounds();
        rounds.add(mbs(100), mbs(50), mbs(200));   // round 1, warm-up: ratio 2.0, ignored
        rounds.add(mbs(200), mbs(180), mbs(170));  // 0.85
        rounds.add(mbs(400), mbs(200), mbs(100));  // 0.25: the machine sped up for the raw producer only
        rounds.add(mbs(200), mbs(190), mbs(186));  // 0.93

        assertThat(rounds.medianRound()).isEqualTo(1);
        assertThat(rounds.tail(1).megabytesPerSecond()).isCloseTo(170, within(0.01));
        assertThat(rounds.raw(1).megabytesPerSecond()).isCloseTo(200, within(0.01));
        assertThat(rounds.tailAgainstCeiling()).isCloseTo(170.0 / 180, within(1e-6));
        assertThat(rounds.ceilingAgainstRaw()).isCloseTo(0.9, within(1e-6));
        // 3 MB in 1/170 + 1/100 + 1/186 s against 3 MB in 1/200 + 1/400 + 1/200 s
        double summed = (1 / 200.0 + 1 / 400.0 + 1 / 200.0) / (1 / 170.0 + 1 / 100.0 + 1 / 186.0);
        assertThat(rounds.summedRatio()).isCloseTo(summed, within(1e-6));
        assertThat(rounds.last()).isEqualTo("raw producer 200.0 MB/s, Connect ceiling 190.0 MB/s, tail source 186.0 MB/s");
    }

    @Test
    void aSingleRoundCounts() {
        TailRounds rounds = new TailRounds();
        rounds.add(mbs(100), mbs(90), mbs(80));

        assertThat(rounds.medianRound()).isZero();
        assertThat(rounds.summedRatio()).isCloseTo(0.8, within(1e-6));
        assertThat(rounds.describe()).isEqualTo("80.0/90.0/100.0 MB/s (tail/ceiling/raw)");
    }
}
