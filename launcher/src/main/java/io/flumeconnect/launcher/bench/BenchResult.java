package io.flumeconnect.launcher.bench;

import java.util.List;
import java.util.Objects;

/**
 * What a benchmark measured, the limit measured in the same run, and what the limit is
 * (e.g. "raw producer, acks=all, 1 KiB records"). {@code notes} are extra lines worth printing; {@code rounds}
 * every round, for the result files and the plot (a benchmark that runs once has one).
 */
public record BenchResult(Throughput measured, Throughput limit, String limitDescription, List<String> notes,
                          List<BenchRound> rounds) {
    public BenchResult {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(limit, "limit: every benchmark measures its limit in the same run");
        Objects.requireNonNull(limitDescription, "limitDescription");
        notes = List.copyOf(notes);
        rounds = List.copyOf(rounds);
    }

    public BenchResult(Throughput measured, Throughput limit, String limitDescription, List<String> notes) {
        this(measured, limit, limitDescription, notes, List.of(BenchRound.single(measured, limit)));
    }

    public BenchResult(Throughput measured, Throughput limit, String limitDescription) {
        this(measured, limit, limitDescription, List.of());
    }

    /** Measured records/s over the limit's records/s. */
    public double recordsRatio() {
        return measured.recordsPerSecond() / limit.recordsPerSecond();
    }

    /** Measured MB/s over the limit's MB/s. */
    public double bytesRatio() {
        return measured.megabytesPerSecond() / limit.megabytesPerSecond();
    }
}
