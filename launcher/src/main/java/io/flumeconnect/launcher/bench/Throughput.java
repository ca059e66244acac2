package io.flumeconnect.launcher.bench;

import java.time.Duration;

/** {@code records} records holding {@code bytes} bytes, moved in {@code elapsed}. */
public record Throughput(long records, long bytes, Duration elapsed) {
    public Throughput {
        if (elapsed.isNegative() || elapsed.isZero()) {
            throw new IllegalArgumentException("elapsed must be positive, was " + elapsed);
        }
    }

    /** From a {@link System#nanoTime()} taken at the start until now. */
    public static Throughput since(long startNanos, long records, long bytes) {
        return new Throughput(records, bytes, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    public double recordsPerSecond() {
        return records / seconds();
    }

    /** Megabytes (10^6 bytes) per second. */
    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }
}
