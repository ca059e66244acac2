package io.flumeconnect.launcher.bench;

import java.util.Objects;
import java.util.Optional;

/**
 * One round of a benchmark: what was measured, the limit measured in the same round and, where the
 * benchmark has one, the Connect ceiling (the most any connector reaches on that worker). A round that only
 * warms the JVMs up is not {@code counted}.
 */
public record BenchRound(int number, boolean counted, Throughput measured, Throughput limit, Optional<Throughput> ceiling) {
    public BenchRound {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(limit, "limit: every benchmark measures its limit in the same run");
        Objects.requireNonNull(ceiling, "ceiling");
    }

    /** The only round of a benchmark that runs once. */
    static BenchRound single(Throughput measured, Throughput limit) {
        return new BenchRound(1, true, measured, limit, Optional.empty());
    }
}
